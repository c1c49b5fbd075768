import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { qrPath } from "./qr";

/** The dark modules that a path draws, as "row,col" cells, read back from its rectangles. */
function drawn(d: string): Set<string> {
  const cells = new Set<string>();
  const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(runs.map((r) => r[0]).join("")).toBe(d);
  for (const [, x, y, length, back] of runs) {
    expect(back).toBe(length);
    for (let i = 0; i < Number(length); i++) cells.add(`${Number(y)},${Number(x) + i}`);
  }
  return cells;
}

describe("QR codes of share links", () => {
  it.each(["https://example.org/s/abcdefghjk", "https://example.org/en/organizations?need=safety&region=510000"])(
    "draw exactly the dark modules of %s, inside a four-module quiet zone",
    (url) => {
      const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
      const dark = new Set<string>();
      for (let row = 0; row < modules.size; row++)
        for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) dark.add(`${row + 4},${col + 4}`);

      const { size, d } = qrPath(url);
      expect(size).toBe(modules.size + 8);
      expect(drawn(d)).toEqual(dark);
    },
  );

  it("draw a row's run of dark modules as one rectangle, never two that touch", () => {
    const { d } = qrPath("https://example.org/s/abcdefghjk");
    const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, length]) => [
      Number(x),
      Number(y),
      Number(length),
    ]);
    const ends = new Set(runs.map(([x, y, length]) => `${y},${x! + length!}`));
    // The finder pattern's top row is a run of seven dark modules from the quiet zone's corner.
    expect(runs[0]).toEqual([4, 4, 7]);
    for (const [x, y] of runs) expect(ends.has(`${y},${x}`)).toBe(false);
  });
});
