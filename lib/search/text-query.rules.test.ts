import { describe, expect, it } from "vitest";
import { otherWordsQuery, queryTerms, toTsQuery } from "./text-query";

describe("free text to a full-text query", () => {
  it("matches Latin words of three letters or more as prefixes, shorter ones whole, lowercased", () => {
    expect(toTsQuery("Reading")).toBe("'reading':*");
    expect(toTsQuery("NGO")).toBe("'ngo':*");
    expect(toTsQuery("ab 12")).toBe("'ab' & '12'");
  });

  it("matches Chinese text as pairs of adjacent characters, and a lone character alone", () => {
    expect(toTsQuery("留守儿童")).toBe("'留守' & '守儿' & '儿童'");
    expect(toTsQuery("心理")).toBe("'心理'");
    expect(toTsQuery("心")).toBe("'心'");
    expect(toTsQuery("㐀㐁")).toBe("'㐀㐁'");
  });

  it("requires every term, each once, across scripts", () => {
    expect(toTsQuery("Sichuan 留守, sichuan")).toBe("'sichuan':* & '留守'");
  });

  it("keeps query syntax typed by a visitor out of the query", () => {
    expect(toTsQuery("foo:* | !bar' & (baz)")).toBe("'foo':* & 'bar':* & 'baz':*");
  });

  it("gives no query for text without a searchable word", () => {
    expect(toTsQuery("")).toBeNull();
    expect(toTsQuery("  ?!—、。 ")).toBeNull();
  });
});

describe("the terms of a text query", () => {
  it("lists each lexeme once and says which are prefixes", () => {
    expect(queryTerms("Reading 心理 ab")).toEqual([
      { lexeme: "reading", prefix: true },
      { lexeme: "ab", prefix: false },
      { lexeme: "心理", prefix: false },
    ]);
  });

  it("gives a prefix term the query of its other words only", () => {
    expect(otherWordsQuery({ lexeme: "reading", prefix: true })).toBe("'reading':* & !'reading'");
    expect(otherWordsQuery({ lexeme: "心理", prefix: false })).toBeNull();
  });
});
