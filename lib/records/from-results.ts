import { parseSearchParams, toQueryString } from "@/lib/search/params";

const MAX_FROM_LENGTH = 2000;

/**
 * The results an organization page was opened from (`?from=<results query>`), as a canonical query string
 * ("?need=…"), or null when absent, too long or empty. It is parsed as a results search and written back, so
 * only a results query can come out of it: never another path, host or script.
 */
export function resultsFrom(value: string | string[] | undefined): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_FROM_LENGTH) return null;
  const query = toQueryString(parseSearchParams(new URLSearchParams(value)).params);
  return query || null;
}

/** The `from` parameter an organization link carries for a results query ("" for the unfiltered list). */
export function fromParam(query: string): string {
  return query ? `?from=${encodeURIComponent(query.replace(/^\?/, ""))}` : "";
}
