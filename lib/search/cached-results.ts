import "server-only";
import { cache } from "react";
import { cachedPublicData } from "@/lib/cache/public-data";
import type { Locale } from "@/lib/i18n";
import { type ResultsPageData, loadResultsPage } from "./page";
import { parseSearchParams, toQueryString } from "./params";

const cachedResultsPage = cachedPublicData("results-page", loadResultsPage);

/**
 * Whether a results query is one of the popular kind that the public data cache keeps: in canonical form (as
 * the site's own links, shared links and redirected form submissions are), without free text, first page.
 * Free text, deep pages and hand-made variants are unbounded in number; caching them would let anyone fill
 * the cache (decision 044). They are computed per request as before.
 */
export function isCachedResultsQuery(query: string): boolean {
  const parsed = parseSearchParams(new URLSearchParams(query));
  const canonical = toQueryString(parsed.params).replace(/^\?/, "");
  return canonical === query && parsed.params.q === "" && parsed.params.page === 1;
}

/** The results page data for a query string, from the public data cache when the query is a popular one. */
export const getResultsPage = cache((query: string, locale: Locale): Promise<ResultsPageData> =>
  isCachedResultsQuery(query) ? cachedResultsPage(query, locale) : loadResultsPage(query, locale),
);
