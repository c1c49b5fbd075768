import type { PrismaClient } from "@/lib/generated/prisma/client";

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
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_bucket (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_bucket.count + 1
    RETURNING count`;
  // Old windows are dead weight; whoever counts also sweeps them.
  await prisma.$executeRaw`DELETE FROM rate_limit_bucket WHERE window_start < ${new Date(now.getTime() - 2 * windowMs - 86_400_000)}`;
  return { allowed: (row?.count ?? 0) <= limit, retryAfterMs: windowStart.getTime() + windowMs - now.getTime() };
}
