import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n";
import { buildConditions } from "./conditions";
import { type ActiveFilter, activeFilters } from "./describe";
import { countFacets } from "./facets";
import { type ResolvedSearch, maskOf } from "./resolve";

export type DropSuggestion = { filter: ActiveFilter; total: number };

/**
 * For an empty result: how many organizations each active filter's removal
 * would give, best first. One facet count per active filter, run only when
 * nothing matched.
 */
export async function dropSuggestions(
  prisma: PrismaClient,
  locale: Locale,
  search: ResolvedSearch,
): Promise<DropSuggestion[]> {
  const suggestions: DropSuggestion[] = [];
  for (const filter of activeFilters(locale, search)) {
    const params = { ...search.params, ...filter.without };
    const needs = search.needs.filter((n) => params.needs.includes(n.slug));
    const modes = search.modes.filter((m) => params.modes.includes(m.slug));
    const relaxed: ResolvedSearch = {
      ...search,
      params,
      needIds: needs.map((n) => n.id),
      modeIds: modes.map((m) => m.id),
      needMask: maskOf(needs),
      modeMask: maskOf(modes),
      regionPath: params.region ? search.regionPath : [],
    };
    const { total } = await countFacets(prisma, relaxed, buildConditions(relaxed));
    if (total > 0) suggestions.push({ filter, total });
  }
  return suggestions.sort((a, b) => b.total - a.total);
}
