import { revalidateTag } from "next/cache";

// Not server-only: the staff write path calls this, and scripts (npm start's first-account set-up, imports run
// from the command line) load that path outside Next.js, where there is no cache to empty.

/**
 * The tag on every cached piece of public data. Staff writes are rare (a few a day) and one record shows on
 * many pages (its own, every list, the home page's counts, the coverage matrix, results and previews), so one
 * tag invalidated by every write is both simple and never misses a page (decision 044).
 */
export const PUBLIC_DATA_TAG = "public-data";

/**
 * Called by the staff write path once a change is committed: every public page shows it from the next request
 * on, on this instance at once and on the others through the shared cache handler (decision 045). Outside
 * Next.js's server (scripts, tests) there is no cache in the process to invalidate.
 */
export function publicDataChanged(): void {
  if (!process.env.NEXT_RUNTIME) return;
  revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
}
