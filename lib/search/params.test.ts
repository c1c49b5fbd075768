import { describe, expect, it } from "vitest";
import { parseSearchParams, toQueryString } from "./params";

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe("the /organizations query string", () => {
  it("reads every parameter of the contract", () => {
    const { params, ignored } = parse(
      "need=safety-protection&need=nutrition-health&match=all&region=510000&mode=free-school-lunch&type=FOUNDATION&q=%E5%BF%83%E7%90%86&donations=1&recognised=1&fundraising=1&verified=24m&sort=size&page=3",
    );
    expect(ignored).toEqual([]);
    expect(params).toEqual({
      needs: ["safety-protection", "nutrition-health"],
      match: "all",
      region: "510000",
      modes: ["free-school-lunch"],
      types: ["FOUNDATION"],
      q: "心理",
      donations: true,
      recognised: true,
      fundraising: true,
      verified: true,
      sort: "size",
      page: 3,
    });
  });

  it("round-trips through the canonical query string", () => {
    const query =
      "need=a-need&need=b-need&match=all&region=510100&mode=m&type=OTHER&q=reading&donations=1&fundraising=1&verified=24m&sort=name&page=2";
    expect(parse(toQueryString(parse(query).params).slice(1)).params).toEqual(parse(query).params);
    expect(toQueryString(parse("").params)).toBe("");
  });

  it.each([
    ["unknown parameter", "colour=red", "colour", "unknown-parameter"],
    ["malformed need", "need=DROP%20TABLE", "need", "malformed"],
    ["malformed region", "region=51", "region", "malformed"],
    ["unknown type", "type=CHARITY", "type", "malformed"],
    ["repeated single value", "region=510000&region=520000", "region", "repeated"],
    ["bad page", "page=-4", "page", "malformed"],
    ["bad sort", "sort=random", "sort", "malformed"],
    ["verification age other than 24 months", "verified=12m", "verified", "malformed"],
  ])("ignores a %s and says so", (_case, query, param, reason) => {
    const { ignored } = parse(query);
    expect(ignored).toContainEqual(expect.objectContaining({ param, reason }));
  });

  it("turns NUL and other control characters in the query into spaces (PostgreSQL refuses NUL)", () => {
    const { params } = parseSearchParams(new URLSearchParams("q=%E7%95%99%00%E5%AE%88%01%1B%7F&need=safety%00"));
    expect(params.q).toBe("留 守");
    expect(params.q).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(params.needs).toEqual(["safety"]);
  });

  it("treats names inherited by every object as unknown parameters", () => {
    const { params, ignored } = parseSearchParams(new URLSearchParams("constructor=1&__proto__=x&toString=2"));
    expect(params).toEqual(parseSearchParams(new URLSearchParams("")).params);
    expect(ignored.map((i) => i.reason)).toEqual(["unknown-parameter", "unknown-parameter", "unknown-parameter"]);
  });

  it("clamps oversized values instead of failing", () => {
    const long = "心".repeat(500);
    const { params, ignored } = parse(`q=${encodeURIComponent(long)}&page=99999999999`);
    expect(params.q).toHaveLength(100);
    expect(ignored).toContainEqual(expect.objectContaining({ param: "q", reason: "too-long" }));
    expect(params.page).toBe(10_000);
    const many = Array.from({ length: 50 }, (_, i) => `need=n${i}`).join("&");
    expect(parse(many).params.needs).toHaveLength(20);
  });

  it("keeps the first of repeated values and drops duplicates quietly", () => {
    const { params, ignored } = parse("need=a&need=a&sort=name&sort=size");
    expect(params.needs).toEqual(["a"]);
    expect(params.sort).toBe("name");
    expect(ignored).toEqual([expect.objectContaining({ param: "sort", value: "size", reason: "repeated" })]);
  });

  it("echoes at most 40 characters of an ignored name or value", () => {
    const name = "x".repeat(41);
    const value = "区".repeat(40);
    const { ignored } = parse(`${name}=${encodeURIComponent(value)}&region=${"9".repeat(41)}`);
    expect(ignored).toEqual([
      expect.objectContaining({ param: `${"x".repeat(40)}…`, value, reason: "unknown-parameter" }),
      expect.objectContaining({ param: "region", value: `${"9".repeat(40)}…`, reason: "malformed" }),
    ]);
  });
});
