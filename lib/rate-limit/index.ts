import type { PrismaClient } from "@/lib/generated/prisma/client";
import { RATE_LIMIT_MAX_WINDOW_MS, sweepRateLimitBuckets } from "@/lib/retention";

export type RateLimit = { limit: number; windowMs: number };

/**
 * Counts one attempt for `key` in the current fixed window and says whether
 * it is allowed. The counter lives in PostgreSQL, so every app instance
 * shares it; one statement, atomic under concurrency.
 */
export async function consumeRateLimit(
  prisma: PrismaClient,
  key: string,
  { limit, windowMs }: RateLimit,
  now = new Date(),
): Promise<{ allowed: boolean; retryAfterMs: number }> {
  if (windowMs > RATE_LIMIT_MAX_WINDOW_MS)
    throw new Error("A rate-limit window may be at most one day (see lib/retention)");
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_bucket (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_bucket.count + 1
    RETURNING count`;
  // Old windows are dead weight: whoever opens a new window also sweeps them (lib/retention).
  if (row?.count === 1) await sweepRateLimitBuckets(prisma, now);
  return { allowed: (row?.count ?? 0) <= limit, retryAfterMs: windowStart.getTime() + windowMs - now.getTime() };
}
