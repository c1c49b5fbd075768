import { type Locale, localePath } from "@/lib/i18n";

/** A link into the public results page (/organizations) with some of its URL-contract filters. */
export function organizationsHref(locale: Locale, filters: { need?: string; mode?: string; region?: string } = {}): string {
  const query = new URLSearchParams();
  if (filters.need) query.append("need", filters.need);
  if (filters.mode) query.append("mode", filters.mode);
  if (filters.region) query.append("region", filters.region);
  const search = query.toString();
  return localePath(locale, search ? `/organizations?${search}` : "/organizations");
}
