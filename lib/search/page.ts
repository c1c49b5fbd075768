import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n";
import { type SearchOutcome, searchOrganizations } from ".";
import { parseSearchParams } from "./params";
import { type DropSuggestion, dropSuggestions } from "./suggestions";

export type ResultsPageData = SearchOutcome & { suggestions: DropSuggestion[] };

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** Page-level notices travel in the URL next to the filters but are not part of them. */
export const NOTICE_PARAM = "notice";

export function searchQueryOf(raw: RawSearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (key === NOTICE_PARAM || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(key, v);
  }
  return query.toString();
}

/** Everything the results page shows for a query string; once per request (metadata and page share it). */
export const loadResultsPage = cache(async (query: string, locale: Locale): Promise<ResultsPageData> => {
  const outcome = await searchOrganizations(db(), parseSearchParams(new URLSearchParams(query)), locale);
  const suggestions = outcome.facets.total === 0 ? await dropSuggestions(db(), locale, outcome.search) : [];
  return { ...outcome, suggestions };
});
