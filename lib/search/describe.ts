import { type Locale, getMessages, localePath } from "@/lib/i18n";
import { countText } from "@/lib/i18n/plural";
import { nameIn } from "@/lib/records/localize";
import { type SearchParams, toQueryString } from "./params";
import type { Option, RegionOption, ResolvedSearch } from "./resolve";

/** The URL of the results page (or its CSV export) for these filters. */
export function resultsHref(
  locale: Locale,
  params: SearchParams,
  overrides: Partial<SearchParams> = {},
  path = "/organizations",
): string {
  return localePath(locale, path) + toQueryString(params, { page: 1, ...overrides });
}

export type ActiveFilter = { key: string; label: string; removeHref: string; without: Partial<SearchParams> };

/** Every active filter with a link that removes it, in the order of the form. */
export function activeFilters(locale: Locale, search: ResolvedSearch): ActiveFilter[] {
  const t = getMessages(locale);
  const p = search.params;
  const byslug = (options: Option[], slug: string) => options.find((o) => o.slug === slug);
  const filters: Omit<ActiveFilter, "removeHref">[] = [
    ...p.needs.map((slug) => ({
      key: `need:${slug}`,
      label: nameIn(locale, byslug(search.needs, slug)!),
      without: { needs: p.needs.filter((n) => n !== slug) },
    })),
    ...(search.regionPath.length
      ? [{ key: "region", label: regionLabel(locale, search.regionPath), without: { region: null } }]
      : []),
    ...p.modes.map((slug) => ({
      key: `mode:${slug}`,
      label: nameIn(locale, byslug(search.modes, slug)!),
      without: { modes: p.modes.filter((m) => m !== slug) },
    })),
    ...p.types.map((type) => ({
      key: `type:${type}`,
      label: t.records.organizationType[type],
      without: { types: p.types.filter((x) => x !== type) },
    })),
    ...(p.q ? [{ key: "q", label: p.q, without: { q: "" } }] : []),
    ...(p.donations ? [{ key: "donations", label: t.search.acceptsDonations, without: { donations: false } }] : []),
    ...(["recognised", "fundraising", "verified"] as const).flatMap((key) =>
      p[key] ? [{ key, label: t.search[`${key}Only`], without: { [key]: false } }] : [],
    ),
  ];
  return filters.map((f) => ({ ...f, removeHref: resultsHref(locale, p, f.without) }));
}

/** "四川省 / 成都市" */
export function regionLabel(locale: Locale, path: RegionOption[]): string {
  return path.map((r) => nameIn(locale, r)).join(" / ");
}

/** The one-line summary used as the page title and link preview: "安全保护 · 四川省 · 12 家机构". */
export function summaryLine(locale: Locale, search: ResolvedSearch, total: number): string {
  const t = getMessages(locale).search;
  const needs = search.params.needs.map((slug) =>
    nameIn(
      locale,
      search.needs.find((n) => n.slug === slug)!,
    ),
  );
  const parts = [
    needs.join(locale === "en" ? ", " : "、"),
    search.regionPath.length ? nameIn(locale, search.regionPath.at(-1)!) : "",
    search.params.q ? `“${search.params.q}”` : "",
    countText(locale, t.resultCount, total),
  ];
  return parts.filter(Boolean).join(t.separator);
}
