import type { Locale } from "@/lib/i18n";
import { resultsHref } from "@/lib/search/describe";
import { defaultSearch } from "@/lib/search/params";

/** A link into the public results page (/organizations) with some of its URL-contract filters. */
export function organizationsHref(
  locale: Locale,
  filters: { need?: string; mode?: string; region?: string } = {},
): string {
  return resultsHref(locale, {
    ...defaultSearch,
    needs: filters.need ? [filters.need] : [],
    modes: filters.mode ? [filters.mode] : [],
    region: filters.region ?? null,
  });
}
