import "server-only";
import { cache } from "react";
import { cachedPublicData } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n";
import { getResultsPage, isCachedResultsQuery } from "./cached-results";
import { countSampleMatches, countSampleShare, sampleMatches } from "./sample-count";
import { type WideningStep, wideningSteps } from "./widen";

/** Sample and visible organizations in the whole directory, cached until a staff write. */
const getSampleShare = cachedPublicData("visible-sample-share", () => countSampleShare(db()));

async function loadSampleMatches(query: string, locale: Locale): Promise<number> {
  const data = await getResultsPage(query, locale);
  return sampleMatches(data.facets.total, await getSampleShare(), () => countSampleMatches(db(), data.search));
}

const cachedSampleMatches = cachedPublicData("results-sample-count", loadSampleMatches);

/** How many of a results page's counted organizations are samples; cached like the page itself (decision 044). */
export const getSampleMatches = cache((query: string, locale: Locale): Promise<number> =>
  isCachedResultsQuery(query) ? cachedSampleMatches(query, locale) : loadSampleMatches(query, locale),
);

/** How many sample organizations donors can see anywhere: whether an empty result can say anything about a gap. */
export const getVisibleSamples = async (): Promise<number> => (await getSampleShare()).samples;

async function loadWideningSteps(query: string, locale: Locale): Promise<WideningStep[]> {
  const data = await getResultsPage(query, locale);
  return data.facets.total ? [] : wideningSteps(db(), locale, data.search, data.suggestions);
}

const cachedWideningSteps = cachedPublicData("results-widening", loadWideningSteps);

/** The ways out of an empty results page (none when it has results), cached like the page itself. */
export const getWideningSteps = (query: string, locale: Locale): Promise<WideningStep[]> =>
  isCachedResultsQuery(query) ? cachedWideningSteps(query, locale) : loadWideningSteps(query, locale);
