import { type Locale, getMessages } from "@/lib/i18n";
import { activeFilters } from "@/lib/search/describe";
import type { ResolvedSearch } from "@/lib/search/resolve";

/** One kind of filter of a saved list, named, with its chosen values in words. */
export type SavedFilter = { key: string; name: string; value: string };

/**
 * What a saved list was filtered by, kind by kind in the order of the filter
 * form, in words: the labels are those of the results page's active filters
 * (`activeFilters`); how several needs combine is said when it matters.
 */
export function savedFilters(locale: Locale, search: ResolvedSearch): SavedFilter[] {
  const t = getMessages(locale);
  const list = locale === "en" ? ", " : "、";
  const active = activeFilters(locale, search);
  const labelsOf = (kind: string) =>
    active.filter((f) => f.key === kind || f.key.startsWith(`${kind}:`)).map((f) => f.label);
  const group = (key: string, name: string, labels: string[]): SavedFilter[] =>
    labels.length ? [{ key, name, value: labels.join(list) }] : [];
  const needs = labelsOf("need");
  return [
    ...group("needs", t.search.needs, needs),
    ...group(
      "match",
      t.search.match,
      needs.length > 1 ? [search.params.match === "all" ? t.search.matchAll : t.search.matchAny] : [],
    ),
    ...group("region", t.search.region, labelsOf("region")),
    ...group("modes", t.search.modes, labelsOf("mode")),
    ...group("types", t.search.types, labelsOf("type")),
    ...group(
      "q",
      t.search.text,
      labelsOf("q").map((q) => `“${q}”`),
    ),
    ...group(
      "other",
      t.share.otherFilters,
      ["donations", "recognised", "fundraising", "verified"].flatMap((key) => labelsOf(key)),
    ),
  ];
}

/** The filters of a saved list in one line, for its title and link preview; "every organization" when none. */
export function savedFiltersLine(locale: Locale, search: ResolvedSearch): string {
  const filters = savedFilters(locale, search);
  const t = getMessages(locale);
  return filters.length ? filters.map((f) => f.value).join(t.search.separator) : t.share.noFilters;
}
