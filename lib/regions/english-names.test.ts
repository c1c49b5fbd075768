import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { regionNamesEn } from "@/scripts/region-names-en";
import { englishRegionName, placePinyin } from "./english-names";

describe("English names of cities and counties", () => {
  it.each([
    ["黔东南苗族侗族自治州", "CITY", "Qiandongnan Miao and Dong Autonomous Prefecture"],
    ["恩施土家族苗族自治州", "CITY", "Enshi Tujia and Miao Autonomous Prefecture"],
    ["凉山彝族自治州", "CITY", "Liangshan Yi Autonomous Prefecture"],
    ["伊犁哈萨克自治州", "CITY", "Yili Kazakh Autonomous Prefecture"],
    ["双江拉祜族佤族布朗族傣族自治县", "COUNTY", "Shuangjiang Lahu, Va, Blang and Dai Autonomous County"],
    ["东乡族自治县", "COUNTY", "Dongxiang Autonomous County"],
    ["鄂伦春自治旗", "COUNTY", "Oroqen Autonomous Banner"],
    ["锡林郭勒盟", "CITY", "Xilin Gol League"],
    ["大兴安岭地区", "CITY", "Daxing'anling Prefecture"],
    ["神农架林区", "COUNTY", "Shennongjia Forestry District"],
    ["成都市", "CITY", "Chengdu"],
    ["西安市", "CITY", "Xi'an"],
    ["都江堰市", "COUNTY", "Dujiangyan City"],
    ["锦江区", "COUNTY", "Jinjiang District"],
    ["会泽县", "COUNTY", "Huize County"],
    ["单县", "COUNTY", "Shan County"],
    ["北京市市辖区", "CITY", "Beijing Districts"],
  ] as const)("%s -> %s", (zh, level, en) => {
    expect(englishRegionName(zh, level, "Beijing")).toBe(en);
  });

  it("writes pinyin as one word with apostrophes where syllables would run together", () => {
    expect(placePinyin("西安")).toBe("Xi'an");
    expect(placePinyin("吕梁")).toBe("Lüliang");
  });

  it("the committed data file is what the rules give, with an English name for every city and county", () => {
    const committed = JSON.parse(readFileSync("lib/regions/region-names-en.json", "utf8")) as Record<string, string>;
    const generated = regionNamesEn();
    expect(committed).toEqual(generated);
    for (const [code, name] of Object.entries(committed)) {
      expect(name, code).toMatch(/^[A-ZÜ][A-Za-zü' ,-]+$/);
    }
    expect(committed["522600"]).toBe("Qiandongnan Miao and Dong Autonomous Prefecture");
  });
});
