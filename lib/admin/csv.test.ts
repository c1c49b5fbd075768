import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv/write";
import { decodeCsv, parseCsv } from "./csv";

const text = 'slug,nameZh\nyi-org,"一个机构，在""县里"""\r\ner-org,二号\n';

describe("CSV", () => {
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
  });

  it("parses quotes, commas, doubled quotes, CRLF and line breaks inside fields", () => {
    expect(parseCsv(text)).toEqual([
      ["slug", "nameZh"],
      ["yi-org", '一个机构，在"县里"'],
      ["er-org", "二号"],
    ]);
    expect(parseCsv('a,"line\nbreak"\n\n,\n')).toEqual([["a", "line\nbreak"]]);
  });

  it("writes what it reads back", () => {
    const cells = ["a,b", 'say "hi"', "two\nlines", null, 3];
    expect(parseCsv(toCsv([cells]).slice(1))).toEqual([["a,b", 'say "hi"', "two\nlines", "", "3"]]);
  });
});
