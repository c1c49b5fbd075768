import { pinyin } from "pinyin-pro";

/**
 * English names of cities and counties, made from their Chinese names: Hanyu Pinyin of the proper name
 * (pinyin-pro) and the English term for the kind of division. Used by scripts/region-names-en.ts to write
 * lib/regions/region-names-en.json, which the app reads; never at run time.
 */

/** Ethnic groups named in autonomous prefectures, counties and banners (official English names). */
const ethnicGroups: Record<string, string> = {
  蒙古: "Mongol",
  回: "Hui",
  藏: "Tibetan",
  维吾尔: "Uygur",
  苗: "Miao",
  彝: "Yi",
  壮: "Zhuang",
  布依: "Bouyei",
  朝鲜: "Korean",
  满: "Manchu",
  侗: "Dong",
  瑶: "Yao",
  白: "Bai",
  土家: "Tujia",
  哈尼: "Hani",
  哈萨克: "Kazakh",
  傣: "Dai",
  黎: "Li",
  傈僳: "Lisu",
  佤: "Va",
  畲: "She",
  拉祜: "Lahu",
  水: "Sui",
  东乡: "Dongxiang",
  纳西: "Naxi",
  景颇: "Jingpo",
  柯尔克孜: "Kirgiz",
  土: "Tu",
  达斡尔: "Daur",
  仫佬: "Mulao",
  羌: "Qiang",
  布朗: "Blang",
  撒拉: "Salar",
  毛南: "Maonan",
  仡佬: "Gelao",
  锡伯: "Xibe",
  普米: "Pumi",
  塔吉克: "Tajik",
  怒: "Nu",
  鄂温克: "Ewenki",
  保安: "Bonan",
  裕固: "Yugur",
  独龙: "Derung",
  鄂伦春: "Oroqen",
  各: "Various Nationalities",
};

/** Kinds of division by the suffix of the Chinese name, longest first. */
const suffixes: [string, string][] = [
  ["自治州", "Autonomous Prefecture"],
  ["自治县", "Autonomous County"],
  ["自治旗", "Autonomous Banner"],
  ["地区", "Prefecture"],
  ["林区", "Forestry District"],
  ["特区", "Special District"],
  ["新区", "New Area"],
  ["矿区", "Mining District"],
  ["县", "County"],
  ["区", "District"],
  ["盟", "League"],
  ["旗", "Banner"],
];

/** Readings that a general pinyin dictionary gets wrong, and names with a settled English form. */
const readings: Record<string, string> = {
  单: "Shan",
  蔚: "Yu",
  六安: "Lu'an",
  铅山: "Yanshan",
  锡林郭勒: "Xilin Gol",
  巴音郭楞: "Bayingolin",
  克孜勒苏: "Kizilsu",
  博尔塔拉: "Bortala",
  乌鲁木齐: "Ürümqi",
  呼和浩特: "Hohhot",
  喀什: "Kashgar",
  拉萨: "Lhasa",
};

/** Divisions whose Chinese name has no suffix the rules know. */
const wholeNames: Record<string, string> = {
  西沙群岛: "Xisha Islands",
  南沙群岛: "Nansha Islands",
  中沙群岛的岛礁及其海域: "Zhongsha Islands",
  乌拉盖管理区管委会: "Wulagai Administrative Area",
  大柴旦行政委员会: "Da Qaidam Administrative Committee",
  保定白沟新城: "Baigou New Town, Baoding",
};

/** Hanyu Pinyin of a proper name as one capitalised word, with the apostrophe before a, o, e (Xi'an). */
export function placePinyin(zh: string): string {
  if (readings[zh]) return readings[zh];
  const syllables = pinyin(zh, { toneType: "none", type: "array", v: false }).map((s) => s.toLowerCase());
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function listOf(names: string[]): string {
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Splits the ethnic groups off the end of an autonomous division's name: 黔东南苗族侗族 -> 黔东南, [Miao, Dong]. */
function splitEthnic(stem: string): { base: string; groups: string[] } {
  const groups: string[] = [];
  const names = Object.keys(ethnicGroups).sort((a, b) => b.length - a.length);
  let rest = stem;
  for (;;) {
    const hit = names
      .flatMap((name) => [`${name}族`, ...(name.length > 1 ? [name] : [])])
      .find((form) => rest.endsWith(form) && rest.length >= form.length);
    if (!hit) break;
    groups.unshift(ethnicGroups[hit.replace(/族$/, "")]!);
    rest = rest.slice(0, -hit.length);
  }
  return { base: rest, groups };
}

/** The English name of a city (level "CITY") or county (level "COUNTY") from its Chinese name. */
export function englishRegionName(zh: string, level: "CITY" | "COUNTY", provinceEn: string): string {
  if (wholeNames[zh]) return wholeNames[zh];
  if (zh.endsWith("市辖区")) return `${provinceEn} Districts`;
  if (zh.endsWith("直辖县级行政区划")) return `${provinceEn} County-level Divisions`;
  if (level === "CITY" && /^.+(市|省)县$/.test(zh)) return `${provinceEn} Counties`;
  if (zh.endsWith("市")) {
    const base = placePinyin(zh.slice(0, -1));
    return level === "CITY" ? base : `${base} City`;
  }
  for (const [suffix, term] of suffixes) {
    if (!zh.endsWith(suffix) || zh.length === suffix.length) continue;
    const stem = zh.slice(0, -suffix.length);
    if (suffix.startsWith("自治")) {
      const { base, groups } = splitEthnic(stem);
      return [base ? placePinyin(base) : "", listOf(groups), term].filter(Boolean).join(" ");
    }
    return `${placePinyin(stem)} ${term}`;
  }
  return placePinyin(zh);
}
