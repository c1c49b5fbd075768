import { describe, expect, it } from "vitest";
import { fontsFor, slicesFor } from "./font";

const text = "公益导航 安全保护 · 四川省 · 12 家机构 Resource Navigator 鑫";

describe("link-preview fonts", () => {
  it("pick slices that together hold every character of the text", async () => {
    const slices = await slicesFor(text, 400);
    for (const ch of text.replace(/\s/g, "")) {
      const cp = ch.codePointAt(0)!;
      expect(
        slices.some((s) => s.ranges.some(([from, to]) => cp >= from && cp <= to)),
        ch,
      ).toBe(true);
    }
    expect(slices.length).toBeLessThan(30);
  });

  it("give every slice its own family, all listed as fallbacks", async () => {
    const { fonts, fontFamily } = await fontsFor(text, [400]);
    const names = new Set(fonts.map((f) => f.name));
    expect(names.size).toBe(fonts.length);
    for (const name of names) expect(fontFamily).toContain(`"${name}"`);
    expect(fonts.every((f) => f.data.byteLength > 1000 && f.data.byteLength < 500_000)).toBe(true);
  });
});
