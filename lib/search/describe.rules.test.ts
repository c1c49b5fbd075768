import { describe, expect, it } from "vitest";
import { activeFilters, resultsHref, summaryLine } from "./describe";
import { defaultSearch, parseSearchParams } from "./params";
import type { Option, RegionOption, ResolvedSearch } from "./resolve";

const option = (id: number, slug: string, nameZh: string, nameEn: string | null): Option => ({
  id,
  slug,
  nameZh,
  nameEn,
  facetBit: id,
});
const sichuan: RegionOption = { code: "510000", nameZh: "四川省", nameEn: "Sichuan", level: "PROVINCE" };
const chengdu: RegionOption = { code: "510100", nameZh: "成都市", nameEn: "Chengdu", level: "CITY" };
const wuhou: RegionOption = { code: "510107", nameZh: "武侯区", nameEn: "Wuhou", level: "COUNTY" };

/** A resolved search as the results page gets it, for a query string. */
function resolved(query: string, regionPath: RegionOption[] = []): ResolvedSearch {
  return {
    params: parseSearchParams(new URLSearchParams(query)).params,
    needIds: [],
    modeIds: [],
    needMask: 0n,
    modeMask: 0n,
    regionPath,
    needs: [option(1, "safety", "安全保护", "Safety"), option(2, "health", "营养健康", null)],
    modes: [option(3, "lunch", "免费午餐", "Free lunch"), option(4, "tutoring", "课业辅导", "Tutoring")],
    provinces: [sichuan],
    regionNames: {},
    ignored: [],
  };
}

describe("the results page's description of a search", () => {
  it("links to the first page of the results in the visitor's language", () => {
    const params = { ...defaultSearch, needs: ["safety"], page: 4 };
    expect(resultsHref("zh", params)).toBe("/organizations?need=safety");
    expect(resultsHref("en", params, { sort: "name" })).toBe("/en/organizations?need=safety&sort=name");
    expect(resultsHref("zh", params, {}, "/organizations/export")).toBe("/organizations/export?need=safety");
  });

  it("lists every active filter in form order, each with a link that removes only that filter", () => {
    const search = resolved(
      "need=safety&need=health&region=510100&mode=lunch&mode=tutoring&type=FOUNDATION&type=OTHER&q=%E5%BF%83&donations=1&recognised=1&fundraising=1&verified=24m&sort=name&page=3",
      [sichuan, chengdu],
    );
    const filters = activeFilters("zh", search);
    expect(filters.map((f) => [f.key, f.label])).toEqual([
      ["need:safety", "安全保护"],
      ["need:health", "营养健康"],
      ["region", "四川省 / 成都市"],
      ["mode:lunch", "免费午餐"],
      ["mode:tutoring", "课业辅导"],
      ["type:FOUNDATION", "基金会"],
      ["type:OTHER", "其他"],
      ["q", "心"],
      ["donations", "接受捐赠"],
      ["recognised", "已认定为慈善组织"],
      ["fundraising", "有公开募捐资格"],
      ["verified", "近 24 个月内核实过"],
    ]);
    const rest =
      "region=510100&mode=lunch&mode=tutoring&type=FOUNDATION&type=OTHER&q=%E5%BF%83&donations=1&recognised=1&fundraising=1&verified=24m&sort=name";
    expect(filters[0]!.removeHref).toBe(`/organizations?need=health&${rest}`);
    expect(filters[1]!.removeHref).toBe(`/organizations?need=safety&${rest}`);
    for (const filter of filters) {
      const query = filter.removeHref.split("?")[1]!;
      const left = activeFilters("zh", resolved(query, query.includes("region=") ? [sichuan, chengdu] : []));
      expect(left.map((f) => f.key)).toEqual(filters.filter((f) => f !== filter).map((f) => f.key));
    }
  });

  it("labels filters in English, falling back to the Chinese name", () => {
    const filters = activeFilters("en", resolved("need=safety&need=health&region=510000&mode=lunch", [sichuan]));
    expect(filters.map((f) => f.label)).toEqual(["Safety", "营养健康", "Sichuan", "Free lunch"]);
    expect(filters[0]!.removeHref).toBe("/en/organizations?need=health&region=510000&mode=lunch");
  });

  it("shows no filters for an empty search", () => {
    expect(activeFilters("zh", resolved(""))).toEqual([]);
  });

  it("sums a search up in one line: needs, the innermost region, the text and the count", () => {
    const search = resolved("need=safety&need=health&region=510100&q=%E5%BF%83", [sichuan, chengdu]);
    expect(summaryLine("zh", search, 12)).toBe("安全保护、营养健康 · 成都市 · “心” · 12 家机构");
    expect(summaryLine("en", search, 1)).toBe("Safety, 营养健康 · Chengdu · “心” · 1 organization");
    expect(summaryLine("en", resolved(""), 0)).toBe("0 organizations");
    expect(summaryLine("zh", resolved("region=510107", [sichuan, chengdu, wuhou]), 3)).toBe("武侯区 · 3 家机构");
  });
});
