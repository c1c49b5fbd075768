import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type Locale, getMessages } from "@/lib/i18n";
import { nameIn } from "@/lib/records/localize";
import { buildConditions } from "./conditions";
import { resultsHref } from "./describe";
import { countFacets } from "./facets";
import type { SearchParams } from "./params";
import type { ResolvedSearch } from "./resolve";
import type { DropSuggestion } from "./suggestions";

/** One way out of an empty result, with how many organizations it leads to. */
export type WideningStep =
  | { kind: "parent-region"; label: string; href: string; total: number }
  | { kind: "match-any"; href: string; total: number }
  | { kind: "drop-filter"; label: string; href: string; total: number };

async function totalWith(prisma: PrismaClient, search: ResolvedSearch, change: Partial<ResolvedSearch>) {
  const relaxed = { ...search, ...change };
  return (await countFacets(prisma, relaxed, buildConditions(relaxed))).total;
}

/**
 * For an empty result, the widening steps that lead somewhere, in this order: the same search one region up
 * (a province widens to the whole country), any instead of all of the chosen needs, and without the one other
 * filter whose removal gives the most. The last comes from the drop suggestions already counted for the page,
 * so at most two more counts run, and only when nothing matched. A step that would still give nothing is left
 * out.
 */
export async function wideningSteps(
  prisma: PrismaClient,
  locale: Locale,
  search: ResolvedSearch,
  dropped: DropSuggestion[],
): Promise<WideningStep[]> {
  const p = search.params;
  const href = (overrides: Partial<SearchParams>) => resultsHref(locale, p, overrides);
  const parent = search.regionPath.at(-2) ?? null;
  const [regionTotal, anyTotal] = await Promise.all([
    search.regionPath.length
      ? totalWith(prisma, search, {
          params: { ...p, region: parent?.code ?? null },
          regionPath: search.regionPath.slice(0, -1),
        })
      : null,
    p.match === "all" && p.needs.length > 1 ? totalWith(prisma, search, { params: { ...p, match: "any" } }) : null,
  ]);
  const steps: WideningStep[] = [];
  if (regionTotal)
    steps.push({
      kind: "parent-region",
      label: parent ? nameIn(locale, parent) : getMessages(locale).search.allRegions,
      href: href({ region: parent?.code ?? null }),
      total: regionTotal,
    });
  if (anyTotal) steps.push({ kind: "match-any", href: href({ match: "any" }), total: anyTotal });
  // The region is widened above, one level at a time, rather than dropped.
  const best = dropped.filter((d) => d.filter.key !== "region").sort((a, b) => b.total - a.total)[0];
  if (best)
    steps.push({ kind: "drop-filter", label: best.filter.label, href: best.filter.removeHref, total: best.total });
  return steps;
}
