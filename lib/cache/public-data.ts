import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { decodeFromCache, encodeForCache } from "./codec";

/**
 * The tag on every cached piece of public data. Staff writes are rare (a few a day) and one record shows on
 * many pages (its own, every list, the home page's counts, the coverage matrix, results and previews), so one
 * tag invalidated by every write is both simple and never misses a page (decision 044).
 */
export const PUBLIC_DATA_TAG = "public-data";

/**
 * Upper bound on an entry's life even if an invalidation was missed (a change made outside the staff write
 * path, such as a script on the server, or a lost Redis write): after this the next read refreshes it.
 */
export const PUBLIC_DATA_REVALIDATE_SECONDS = 300;

/**
 * `load` cached across requests (and across instances when the cache handler is shared): keyed by `name` and
 * the arguments, invalidated by `publicDataChanged()`. For public data only: nothing that depends on who asks.
 * Works inside Next.js's server only; tests call the uncached loaders.
 */
export function cachedPublicData<Args extends unknown[], T>(
  name: string,
  load: (...args: Args) => Promise<T>,
): (...args: Args) => Promise<T> {
  const cached = unstable_cache(async (...args: Args) => encodeForCache(await load(...args)), ["public", name], {
    tags: [PUBLIC_DATA_TAG],
    revalidate: PUBLIC_DATA_REVALIDATE_SECONDS,
  });
  return async (...args) => decodeFromCache<T>(await cached(...args));
}

/**
 * Called by the staff write path once a change is committed: every public page shows it from the next request
 * on, on this instance at once and on the others through the shared cache handler (decision 045). Outside
 * Next.js's server (scripts, tests) there is no cache in the process to invalidate.
 */
export function publicDataChanged(): void {
  if (!process.env.NEXT_RUNTIME) return;
  revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
}
