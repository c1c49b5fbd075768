import { describe, expect, it } from "vitest";
import { isCachedResultsQuery } from "./cached-results";

describe("which results pages the public data cache keeps", () => {
  it("keeps canonical filter queries on their first page", () => {
    for (const query of ["", "need=safety", "need=safety&need=education&match=all&region=510000", "sort=name"])
      expect(isCachedResultsQuery(query), query).toBe(true);
  });

  it("computes free text, later pages and non-canonical variants per request", () => {
    for (const query of [
      "q=心理",
      "need=safety&page=2",
      "region=510000&need=safety",
      "need=safety&utm_source=x",
      "need=safety&junk=1",
      "need=safety&match=any",
      "need=%00",
    ])
      expect(isCachedResultsQuery(query), query).toBe(false);
  });
});
