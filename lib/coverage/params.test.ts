import { describe, expect, it } from "vitest";
import { coverageSearch, parseCoverageQuery } from "./params";

describe("coverage URL contract", () => {
  it("reads region, sort and needs (repeated or comma-separated)", () => {
    expect(
      parseCoverageQuery({
        region: "510000",
        sort: "per10k",
        need: ["nutrition-health", "safety-protection,education-schooling"],
      }),
    ).toEqual({
      region: "510000",
      sort: "per10k",
      need: ["nutrition-health", "safety-protection", "education-schooling"],
    });
    expect(parseCoverageQuery(new URLSearchParams("need=a-b&need=c&sort=gaps"))).toEqual({
      region: undefined,
      sort: "gaps",
      need: ["a-b", "c"],
    });
  });

  it("ignores malformed values instead of failing", () => {
    expect(parseCoverageQuery({ region: "51'; drop", sort: "everything", need: "%%,Bad Slug,ok" })).toEqual({
      region: undefined,
      sort: "region",
      need: ["ok"],
    });
    expect(parseCoverageQuery({ region: ["520000", "510000"], sort: ["fewest"] })).toMatchObject({
      region: "520000",
      sort: "fewest",
    });
    expect(parseCoverageQuery({ need: Array.from({ length: 50 }, (_, i) => `n${i}`) }).need).toHaveLength(20);
  });

  it("writes short links that parse back to the same view", () => {
    const query = { region: "510000", sort: "gaps" as const, need: ["nutrition-health"] };
    expect(coverageSearch(query)).toBe("?region=510000&sort=gaps&need=nutrition-health");
    expect(parseCoverageQuery(new URLSearchParams(coverageSearch(query).slice(1)))).toEqual(query);
    expect(coverageSearch({ sort: "region", need: [] })).toBe("");
    const list = { sort: "region" as const, need: [], layout: "list" as const, focus: "nutrition-health" };
    expect(coverageSearch(list)).toBe("?layout=list&focus=nutrition-health");
    expect(parseCoverageQuery(new URLSearchParams(coverageSearch(list).slice(1)))).toEqual(list);
    expect(parseCoverageQuery({ layout: "grid", focus: "Bad Slug" })).toMatchObject({
      layout: undefined,
      focus: undefined,
    });
  });

  it("reads hand-typed need lists with spaces after the commas", () => {
    expect(parseCoverageQuery(new URLSearchParams("need=nutrition-health, safety-protection")).need).toEqual([
      "nutrition-health",
      "safety-protection",
    ]);
  });

  it("writes links for partial views and keeps several needs apart", () => {
    expect(coverageSearch({ region: "510000" })).toBe("?region=510000");
    const query = { sort: "region" as const, need: ["nutrition-health", "safety-protection"] };
    expect(parseCoverageQuery(new URLSearchParams(coverageSearch(query).slice(1)))).toMatchObject(query);
  });
});
