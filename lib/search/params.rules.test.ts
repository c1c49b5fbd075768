import { describe, expect, it } from "vitest";
import { defaultSearch, parseSearchParams, toQueryString } from "./params";

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe("the /organizations query string, edge cases", () => {
  it("reads the page's searchParams object as well as a query string", () => {
    const { params, ignored } = parseSearchParams({
      need: ["safety", "health"],
      region: "510000",
      q: "心理",
      page: undefined,
    });
    expect(ignored).toEqual([]);
    expect(params).toEqual({ ...defaultSearch, needs: ["safety", "health"], region: "510000", q: "心理" });
  });

  it("starts from the defaults: any need matches, best match first, page 1", () => {
    expect(parse("").params).toEqual(defaultSearch);
    expect(defaultSearch.match).toBe("any");
  });

  it("says nothing about tracking parameters or empty names, but reports other unknown names", () => {
    expect(parse("utm_source=wechat&utm_campaign=x&=1").ignored).toEqual([]);
    expect(parse("ref_utm_=1").ignored).toEqual([
      expect.objectContaining({ param: "ref_utm_", reason: "unknown-parameter" }),
    ]);
  });

  it("says nothing about fields the form sent empty", () => {
    expect(parse("need=&region=&q=&page=&sort=%20&donations=").ignored).toEqual([]);
  });

  it("reports a text query as too long only past 100 characters, spaces around it not counted", () => {
    expect(parse(`q=${"a".repeat(100)}`).ignored).toEqual([]);
    expect(parse(`q=${encodeURIComponent(` ${"a".repeat(100)} `)}`).ignored).toEqual([]);
    const padded = parse(`q=${encodeURIComponent(`     ${"b".repeat(150)}`)}`);
    expect(padded.params.q).toBe("b".repeat(100));
    expect(padded.ignored).toEqual([expect.objectContaining({ param: "q", reason: "too-long" })]);
  });

  it("reports a long value of another parameter as malformed, not as too long", () => {
    expect(parse(`region=${"5".repeat(120)}`).ignored.map((i) => i.reason)).toEqual(["malformed"]);
  });

  it("reports the values past the twentieth of a repeatable parameter", () => {
    const many = Array.from({ length: 22 }, (_, i) => `mode=m${i}`).join("&");
    const { params, ignored } = parse(many);
    expect(params.modes).toHaveLength(20);
    expect(ignored).toEqual([
      expect.objectContaining({ param: "mode", value: "m20", reason: "too-many" }),
      expect.objectContaining({ param: "mode", value: "m21", reason: "too-many" }),
    ]);
  });

  it("writes how needs combine only when several needs are chosen and not every need is required", () => {
    expect(toQueryString({ ...defaultSearch, needs: ["a", "b"], match: "all" })).toBe("?need=a&need=b&match=all");
    expect(toQueryString({ ...defaultSearch, needs: ["a"], match: "all" })).toBe("?need=a");
    expect(toQueryString({ ...defaultSearch, needs: [], match: "all" })).toBe("");
    expect(toQueryString({ ...defaultSearch, needs: ["a", "b"], match: "any" })).toBe("?need=a&need=b");
  });

  it("keeps the charity recognition filter in links", () => {
    expect(toQueryString({ ...defaultSearch, recognised: true })).toBe("?recognised=1");
    expect(parse("recognised=1").params.recognised).toBe(true);
  });
});
