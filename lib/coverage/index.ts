import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { type CoverageMatrix, loadCoverageMatrix } from "./matrix";
import type { CoverageQuery } from "./params";

// Keyed by the query's text so that the page and its metadata share one computation per request.
const loadByKey = cache((key: string): Promise<CoverageMatrix> =>
  loadCoverageMatrix(db(), JSON.parse(key) as CoverageQuery),
);

/** The coverage matrix for a parsed /coverage query, from the app's database (the layout does not change it). */
export function getCoverageMatrix(query: CoverageQuery): Promise<CoverageMatrix> {
  return loadByKey(JSON.stringify({ region: query.region, sort: query.sort, need: query.need }));
}
