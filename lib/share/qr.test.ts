import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { qrPath } from "./qr";

/** The dark modules a stroked path covers, read back from its commands (a one-module-wide line per run). */
function darkModules(d: string): Set<string> {
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of d.matchAll(/([Mmh])(\d+(?:\.5)?)(?: (\d+(?:\.5)?))?/g)) {
    if (command === "M") [x, y] = [Number(a), Number(b) - 0.5];
    else if (command === "m") x += Number(a);
    else for (const end = x + Number(a); x < end; x++) dark.add(`${x},${y}`);
  }
  return dark;
}

describe("QR code path", () => {
  for (const url of [
    "https://navigator.example.org/organizations?need=safety-protection",
    "https://navigator.example.org/en/organizations?need=psychological-emotional&need=safety-protection&region=510000&donations=1",
  ]) {
    it(`draws exactly the dark modules of the code, inside its quiet zone (${url.length} characters)`, () => {
      const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
      const expected = new Set<string>();
      for (let row = 0; row < modules.size; row++)
        for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) expected.add(`${col + 4},${row + 4}`);
      const { size, d } = qrPath(url);
      expect(size).toBe(modules.size + 8);
      expect(d).toMatch(/^(M\d+ \d+\.5h\d+(m\d+ 0h\d+)*)+$/);
      expect(darkModules(d)).toEqual(expected);
      expect(qrPath(url)).toEqual({ size, d });
    });
  }

  it("moves to each row with dark modules once, and over its gaps relatively", () => {
    const url = "https://navigator.example.org/s/abcdefghjk";
    const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
    let rows = 0;
    for (let row = 0; row < modules.size; row++)
      if ([...Array(modules.size).keys()].some((col) => modules.get(row, col))) rows++;
    expect(qrPath(url).d.match(/M/g)).toHaveLength(rows);
  });

  it("reuses the 200 codes drawn last, forgetting the least recently used first", () => {
    const fill = [...Array(200).keys()].map((i) => `https://navigator.example.org/s/fill${i}`);
    const drawn = fill.map((url) => qrPath(url));
    qrPath("https://navigator.example.org/s/one");
    expect(qrPath(fill[1]!)).toBe(drawn[1]);
    qrPath("https://navigator.example.org/s/two");
    expect(qrPath(fill[1]!)).toBe(drawn[1]);
    const again = qrPath(fill[2]!);
    expect(again).not.toBe(drawn[2]);
    expect(again).toEqual(drawn[2]);
  });
});
