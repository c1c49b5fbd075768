import { chinaDay } from "@/lib/i18n/china-day";
import type { Locale } from "@/lib/i18n";

type Named = { nameZh: string; nameEn: string | null };

/** "四川省" → "四川", "广西壮族自治区" → "广西": short enough for a map tile. */
export function shortRegionName(locale: Locale, region: Named): string {
  if (locale === "en") return region.nameEn ?? region.nameZh;
  return region.nameZh.replace(/(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$/, "");
}

/** A date as YYYY-MM-DD (review dates are shown to the day). */
export const day = (iso: string) => chinaDay(iso);
