import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { previewCard } from "./card";
import { renderableText } from "./font";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("link-preview images render offline", () => {
  const attempts: string[] = [];
  beforeEach(() => {
    attempts.length = 0;
    // The network is unreachable: any attempt to fetch an emoji image or a font is recorded and fails.
    const local = globalThis.fetch;
    vi.stubGlobal("fetch", (input: unknown) => {
      // The renderer loads its own WebAssembly from a data: URL; that is not the network.
      if (typeof input === "string" && input.startsWith("data:")) return local(input);
      attempts.push(String(input instanceof Request ? input.url : input));
      return Promise.reject(new TypeError("fetch failed: the network is unreachable in this test"));
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("draws emoji, U+FFFD, format characters and scripts the font lacks without fetching anything", async () => {
    const response = await previewCard({
      site: "公益导航 Resource Navigator",
      eyebrow: "查找机构 😀",
      headline: "“留守\uFFFD儿童” 👨‍👩‍👧 🇨🇳 1️⃣ \u202Eevil\u202C ©",
      lines: ["安全保护 · 四川省 ✅", "ሰላም مرحبا 𝔘𝔫𝔦", "\uFFFD\uFFFD"],
      note: "示例 \u0000\u001b",
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(attempts).toEqual([]);
    expect(response.status).toBe(200);
    expect([...bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it("keeps Chinese, Latin and punctuation, and drops only what the local font cannot draw", async () => {
    expect(await renderableText("留守儿童 Safety · 12 家 “引号”")).toBe("留守儿童 Safety · 12 家 “引号”");
    expect(await renderableText("安全😀保护\uFFFD 🇨🇳 \u202E1️⃣\u0000x")).toBe("安全 保护 1 x");
    expect(await renderableText("👨‍👩‍👧")).toBe("");
  });
});
