import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n";
import { buildConditions } from "./conditions";
import { type FacetCounts, countFacets } from "./facets";
import { type IgnoredParam, PAGE_SIZE, type ParsedSearch } from "./params";
import { type ResolvedSearch, resolveSearch } from "./resolve";
import { type OrganizationResult, loadResults, pageIds } from "./results";

export type SearchOutcome = {
  search: ResolvedSearch;
  facets: FacetCounts;
  results: OrganizationResult[];
  page: number;
  pageCount: number;
  /** Set when the requested page was past the end and the last page is shown instead. */
  requestedPage: number | null;
  ignored: IgnoredParam[];
};

/** Runs a parsed /organizations query: filters, facet counts, one page of results. */
export async function searchOrganizations(
  prisma: PrismaClient,
  parsed: ParsedSearch,
  locale: Locale,
): Promise<SearchOutcome> {
  const search = await resolveSearch(prisma, parsed.params, parsed.ignored);
  const conditions = buildConditions(search);
  const facets = await countFacets(prisma, search, conditions);
  const pageCount = Math.max(1, Math.ceil(facets.total / PAGE_SIZE));
  const page = Math.min(search.params.page, pageCount);
  const ids = facets.total ? await pageIds(prisma, search, conditions, locale, page) : [];
  return {
    search: { ...search, params: { ...search.params, page } },
    facets,
    results: await loadResults(prisma, search, ids),
    page,
    pageCount,
    requestedPage: page !== search.params.page ? search.params.page : null,
    ignored: search.ignored,
  };
}
