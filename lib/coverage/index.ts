import "server-only";
import { cache } from "react";
import { cachedPublicData } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { type CoverageMatrix, loadCoverageMatrix } from "./matrix";
import type { CoverageQuery } from "./params";

// Keyed by the query's text so that the page and its metadata share one computation per request, and requests
// share one through the public data cache (every coverage query is a few bounded choices: decision 044).
const loadByKey = cache(
  cachedPublicData("coverage-matrix", (key: string): Promise<CoverageMatrix> =>
    loadCoverageMatrix(db(), JSON.parse(key) as CoverageQuery),
  ),
);

/** The coverage matrix for a parsed /coverage query, from the app's database (the layout does not change it). */
export function getCoverageMatrix(query: CoverageQuery): Promise<CoverageMatrix> {
  return loadByKey(JSON.stringify({ region: query.region, sort: query.sort, need: query.need }));
}
