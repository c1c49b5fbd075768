import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/search/params";
import type { Option, RegionOption, ResolvedSearch } from "@/lib/search/resolve";
import { savedFilters, savedFiltersLine } from "./describe";

const option = (id: number, slug: string, nameZh: string, nameEn: string | null): Option => ({
  id,
  slug,
  nameZh,
  nameEn,
  facetBit: id,
});
const sichuan: RegionOption = { code: "510000", nameZh: "四川省", nameEn: "Sichuan", level: "PROVINCE" };
const chengdu: RegionOption = { code: "510100", nameZh: "成都市", nameEn: "Chengdu", level: "CITY" };

/** A saved list's filters as the frozen page resolves them, for a query string. */
function resolved(query: string, regionPath: RegionOption[] = []): ResolvedSearch {
  return {
    params: parseSearchParams(new URLSearchParams(query)).params,
    needIds: [],
    modeIds: [],
    needMask: 0n,
    modeMask: 0n,
    regionPath,
    needs: [option(1, "safety", "安全保护", "Safety"), option(2, "health", "营养健康", "Health")],
    modes: [option(3, "lunch", "免费午餐", "Free lunch"), option(4, "tutoring", "课业辅导", "Tutoring")],
    provinces: [sichuan],
    regionNames: {},
    ignored: [],
  };
}

const everything =
  "need=safety&need=health&match=all&region=510100&mode=lunch&mode=tutoring&type=FOUNDATION&type=OTHER" +
  "&q=%E5%BF%83&donations=1&recognised=1&fundraising=1&verified=24m";

describe("a saved list's filters in words", () => {
  it("name every kind of filter once, in the form's order, with its values joined", () => {
    expect(savedFilters("zh", resolved(everything, [sichuan, chengdu]))).toEqual([
      { key: "needs", name: "需求", value: "安全保护、营养健康" },
      { key: "match", name: "匹配方式", value: "同时满足全部所选需求" },
      { key: "region", name: "地区", value: "四川省 / 成都市" },
      { key: "modes", name: "干预模式", value: "免费午餐、课业辅导" },
      { key: "types", name: "机构类型", value: "基金会、其他" },
      { key: "q", name: "关键词", value: "“心”" },
      {
        key: "other",
        name: "其他条件",
        value: "接受捐赠、已认定为慈善组织、有公开募捐资格、近 24 个月内核实过",
      },
    ]);
  });

  it("join values with an English comma in English", () => {
    expect(savedFilters("en", resolved("need=safety&need=health&mode=lunch&mode=tutoring"))).toEqual([
      { key: "needs", name: "Needs", value: "Safety, Health" },
      { key: "match", name: "Match", value: "Meets any chosen need" },
      { key: "modes", name: "Intervention modes", value: "Free lunch, Tutoring" },
    ]);
  });

  it("say how needs combine only when there are several", () => {
    expect(savedFilters("en", resolved("need=safety&match=all")).map((f) => f.key)).toEqual(["needs"]);
    expect(savedFilters("en", resolved("need=safety&need=health&match=all")).find((f) => f.key === "match")).toEqual({
      key: "match",
      name: "Match",
      value: "Meets all chosen needs",
    });
  });

  it("leave out the kinds that are not filtered, each 'other' condition on its own", () => {
    expect(savedFilters("zh", resolved(""))).toEqual([]);
    expect(savedFilters("zh", resolved("verified=24m"))).toEqual([
      { key: "other", name: "其他条件", value: "近 24 个月内核实过" },
    ]);
    expect(savedFilters("en", resolved("fundraising=1"))).toEqual([
      { key: "other", name: "Other conditions", value: "Qualified for public fundraising" },
    ]);
    expect(savedFilters("en", resolved("", [sichuan]))).toEqual([{ key: "region", name: "Region", value: "Sichuan" }]);
  });

  it("make one line for the title, or say that the list is unfiltered", () => {
    expect(savedFiltersLine("zh", resolved("need=safety&q=abc", [sichuan]))).toBe("安全保护 · 四川省 · “abc”");
    expect(savedFiltersLine("en", resolved("donations=1"))).toBe("Accepts donations");
    expect(savedFiltersLine("zh", resolved(""))).toBe("全部机构，未加筛选");
    expect(savedFiltersLine("en", resolved(""))).toBe("Every organization, no filters");
  });
});
