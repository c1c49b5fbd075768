import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeCsv, readCsv } from "./read";
import { toCsv } from "./write";

const text = 'slug,nameZh\nyi-org,"一个机构，在""县里"""\r\ner-org,二号\n';
const cellsOf = (input: string | Uint8Array) => {
  const result = readCsv(input);
  if (!result.ok) throw new Error(result.error.code);
  return [result.header, ...result.rows].map((r) => [r.row, ...r.cells]);
};

describe("decodeCsv", () => {
  it("reads UTF-8 with a BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeCsv(bytes)).toBe(text);
  });

  it("reads UTF-8 without a BOM", () => {
    expect(decodeCsv(new TextEncoder().encode(text))).toBe(text);
  });

  it("reads GBK, as saved by Excel on Chinese Windows", () => {
    const bytes = iconv.encode(text, "gbk");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(decodeCsv(bytes)).toBe(text);
    expect(cellsOf(bytes)[1]).toEqual([2, "yi-org", '一个机构，在"县里"']);
  });
});

describe("readCsv", () => {
  it("parses quotes, commas, doubled quotes, CRLF, LF, bare CR and line breaks inside fields", () => {
    expect(cellsOf(text)).toEqual([
      [1, "slug", "nameZh"],
      [2, "yi-org", '一个机构，在"县里"'],
      [3, "er-org", "二号"],
    ]);
    expect(cellsOf('a,"line\nbreak"\r\rb,c\r\n,\nd,e\n')).toEqual([
      [1, "a", "line\nbreak"],
      [3, "b", "c"],
      [5, "d", "e"],
    ]);
  });

  it("refuses a file with an unclosed quote, naming the row where it opens, instead of swallowing the rows after it", () => {
    expect(readCsv('slug,nameZh\na,甲\nb,"乙\nc,丙\nd,丁\n')).toEqual({
      ok: false,
      error: { row: 3, code: "unclosed-quote" },
    });
  });

  it("keeps a stray quote as text rather than dropping it", () => {
    expect(cellsOf('a\nsay "hi"\n')[1]).toEqual([2, 'say "hi"']);
    expect(cellsOf('a\n"a"b\n')[1]).toEqual([2, '"a"b']);
  });

  it("refuses an empty file", () => {
    expect(readCsv("\uFEFF\n\r\n")).toEqual({ ok: false, error: { row: 1, code: "empty-file" } });
  });
});

describe("toCsv", () => {
  it("starts with a BOM, quotes what needs quoting (a bare CR too) and defuses formulas", () => {
    const csv = toCsv([
      ["名称", "note"],
      ["示例·机构", 'say "hi", then\nleave'],
      ["=SUM(A1)", null],
      ["a\rb", "c\nd"],
    ]);
    expect(csv).toBe('\uFEFF名称,note\r\n示例·机构,"say ""hi"", then\nleave"\r\n\'=SUM(A1),\r\n"a\rb","c\nd"\r\n');
  });

  it.each(["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])("defuses a cell starting with %j", (value) => {
    expect(
      toCsv([[value]])
        .slice(1)
        .replace(/^"/, ""),
    ).toMatch(/^'/);
  });

  it("leaves ordinary cells alone", () => {
    expect(toCsv([["a", 1, "中文", "'quoted", "x=1"]])).toBe("\uFEFFa,1,中文,'quoted,x=1\r\n");
  });

  it("is undone by the reader: every value comes back exactly", () => {
    const values = ["a,b", 'say "hi"', "two\nlines", "cr\ronly", "=SUM(A1)", "-5", "+86 10", "@x", "\tt", "\rr"];
    const tricky = ["'=already", "''+two", "'plain", "'", ""];
    const all = [...values, ...tricky];
    expect(cellsOf(toCsv([all.map((_, i) => `c${i}`), all]))[1]).toEqual([2, ...all]);
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

describe("the reader's edges", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it("strips only a real UTF-8 byte-order mark, never the first character of the text", () => {
    // Characters whose UTF-8 bytes share one or two bytes with the mark EF BB BF, in each position.
    for (const first of ["丿", "滿", "\uF0BF", "\uFEC0"]) expect(decodeCsv(utf8(`${first},x`))).toBe(`${first},x`);
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("甲,乙")]))).toBe("甲,乙");
  });

  it("takes a byte-order mark as the file saying UTF-8: no GBK guess after it", () => {
    const gbkAfterMark = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, ...iconv.encode("中", "gbk")]);
    expect(decodeCsv(gbkAfterMark)).not.toContain("中");
  });

  it("keeps a zero-width no-break space inside a cell; only a leading one is a mark", () => {
    expect(cellsOf("a,b\nx\uFEFFy,z\n")).toEqual([
      [1, "a", "b"],
      [2, "x\uFEFFy", "z"],
    ]);
  });

  it("skips a record of blank cells as it skips an empty line", () => {
    expect(cellsOf("a,b\n  ,\t\nc,d\n")).toEqual([
      [1, "a", "b"],
      [3, "c", "d"],
    ]);
  });
});

describe("toCsv's empty values", () => {
  it("writes null and undefined as empty cells", () => {
    expect(toCsv([[null, undefined, 0, false]], { bom: false })).toBe(",,0,false\r\n");
  });
});
