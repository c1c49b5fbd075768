import type { Locale } from "@/lib/i18n";

type Named = { nameZh: string; nameEn: string | null };

/** A record's name in the locale; English falls back to Chinese where no English name is recorded. */
export function localName(locale: Locale, record: Named): string {
  return locale === "en" ? (record.nameEn ?? record.nameZh) : record.nameZh;
}

/** "四川省" → "四川", "广西壮族自治区" → "广西": short enough for a map tile. */
export function shortRegionName(locale: Locale, region: Named): string {
  if (locale === "en") return region.nameEn ?? region.nameZh;
  return region.nameZh.replace(/(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$/, "");
}

/** Where a cell leads: the results page filtered to that need and region. */
export function organizationsHref(needSlug: string, regionCode: string): string {
  return `/organizations?${new URLSearchParams({ need: needSlug, region: regionCode })}`;
}

/** A date as YYYY-MM-DD (review dates are shown to the day). */
export const day = (iso: string) => iso.slice(0, 10);
