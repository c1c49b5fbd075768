import { describe, expect, it } from "vitest";
import { toCsv } from "./write";

describe("toCsv", () => {
  it("starts with a BOM, quotes what needs quoting and defuses formulas", () => {
    const csv = toCsv([
      ["名称", "note"],
      ["示例·机构", 'say "hi", then\nleave'],
      ["=SUM(A1)", null],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe('\uFEFF名称,note\r\n示例·机构,"say ""hi"", then\nleave"\r\n\'=SUM(A1),\r\n');
  });
});

describe("toCsv for machine-readable files", () => {
  it("can leave out the BOM and keep values exact", () => {
    expect(toCsv([["+86 10 1234", "-1", 'a,"b"']], { bom: false, defuseFormulas: false })).toBe(
      '+86 10 1234,-1,"a,""b"""\r\n',
    );
    expect(toCsv([], { bom: false })).toBe("");
  });
});
