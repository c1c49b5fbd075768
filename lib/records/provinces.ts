import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type Locale, htmlLang } from "@/lib/i18n";
import { localized } from "./localize";
import { isPublic } from "@/lib/records/visibility";

export type Province = { code: string; name: string };
export type ProvinceGroup<T> = Province & { items: T[] };

/** Provinces where at least one published organization works, with names, in one query. */
export async function loadProvincesWithOrganizations(prisma: PrismaClient, locale: Locale): Promise<Province[]> {
  const rows = await prisma.$queryRaw<{ code: string; name_zh: string; name_en: string | null }[]>`
    SELECT p.code, p.name_zh, p.name_en
      FROM region p
     WHERE p.level = 'PROVINCE'
       AND EXISTS (
         SELECT 1
           FROM organization_region orr
           JOIN region r ON r.code = orr.region_code
           JOIN organization o ON o.id = orr.organization_id
          WHERE r.province_code = p.code AND ${isPublic("o")})
     ORDER BY p.code`;
  return rows.map((row) => ({ code: row.code, name: localized(locale, row.name_zh, row.name_en) }));
}

/**
 * Groups items under each province they work in (an item working in two
 * provinces appears in both), in GB/T 2260 code order; items keep their order.
 */
export function groupByProvince<T>(
  items: T[],
  provinceCodesOf: (item: T) => string[],
  provinces: Province[],
): ProvinceGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const code of new Set(provinceCodesOf(item))) {
      const group = groups.get(code) ?? [];
      group.push(item);
      groups.set(code, group);
    }
  }
  const names = new Map(provinces.map((p) => [p.code, p.name]));
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, groupItems]) => ({ code, name: names.get(code) ?? code, items: groupItems }));
}

/** Sorts by display name in the page's language. */
export function byName<T extends { name: string }>(locale: Locale): (a: T, b: T) => number {
  const collator = new Intl.Collator(htmlLang[locale]);
  return (a, b) => collator.compare(a.name, b.name);
}
