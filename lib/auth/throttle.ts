import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Failed sign-ins are counted per account and per IP address in the database
 * (so every app instance sees them). After a few failures each further attempt
 * must wait (1 s, 2 s, 4 s ... up to a minute); past the limit the key is
 * refused for LOCK_MS. Counts are forgotten WINDOW_MS after the first failure.
 */
export const throttlePolicy = {
  account: { freeFailures: 3, lockAfter: 10 },
  ip: { freeFailures: 10, lockAfter: 50 },
} as const;
export const LOCK_MS = 15 * 60 * 1000;
const WINDOW_MS = 60 * 60 * 1000;
const MAX_DELAY_MS = 60 * 1000;

export type ThrottleKind = keyof typeof throttlePolicy;
export const throttleKey = (kind: ThrottleKind, value: string) => `${kind}:${value.toLowerCase()}`;

/** Milliseconds to wait before the next attempt after `failures` failures, or the lock when the limit is reached. */
export function waitAfter(kind: ThrottleKind, failures: number): number {
  const policy = throttlePolicy[kind];
  if (failures >= policy.lockAfter) return LOCK_MS;
  if (failures < policy.freeFailures) return 0;
  return Math.min(1000 * 2 ** (failures - policy.freeFailures), MAX_DELAY_MS);
}

/** How long the caller must still wait (ms) because of any of the keys; 0 when the attempt may be checked. */
export async function throttleWait(prisma: PrismaClient, keys: string[], now = new Date()): Promise<number> {
  const rows = await prisma.signInThrottle.findMany({ where: { key: { in: keys } }, select: { blockedUntil: true } });
  return Math.max(0, ...rows.map((row) => (row.blockedUntil ? row.blockedUntil.getTime() - now.getTime() : 0)));
}

/** Counts a failure for each key and sets its next allowed time, in one statement per key. */
export async function recordFailure(
  prisma: PrismaClient,
  keys: { key: string; kind: ThrottleKind }[],
  now = new Date(),
): Promise<void> {
  for (const { key, kind } of keys) {
    const windowStart = new Date(now.getTime() - WINDOW_MS);
    // Upsert that restarts the count when the window has passed; the row lock serializes concurrent failures.
    const [row] = await prisma.$queryRaw<{ failures: number }[]>`
      INSERT INTO sign_in_throttle (key, failures, first_failure_at)
      VALUES (${key}, 1, ${now})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN sign_in_throttle.first_failure_at < ${windowStart} THEN 1 ELSE sign_in_throttle.failures + 1 END,
        first_failure_at = CASE WHEN sign_in_throttle.first_failure_at < ${windowStart} THEN ${now} ELSE sign_in_throttle.first_failure_at END
      RETURNING failures`;
    const wait = waitAfter(kind, row?.failures ?? 1);
    await prisma.signInThrottle.update({
      where: { key },
      data: { blockedUntil: wait ? new Date(now.getTime() + wait) : null },
    });
  }
}

export async function clearFailures(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key } });
}
