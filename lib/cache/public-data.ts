import "server-only";
import { unstable_cache } from "next/cache";
import { decodeFromCache, encodeForCache } from "./codec";
import { PUBLIC_DATA_TAG } from "./invalidate";

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
