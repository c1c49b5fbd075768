import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Guessing is slowed, never turned into a lock on the owner. Attempts are counted
 * in the database (every app instance shares the counts) under three keys:
 * - `pair:<email>|<address>`: one address guessing one account. After a few
 *   failures it must wait before each further attempt (1 s, 2 s, 4 s ... up to
 *   15 minutes). Only that address waits: the owner elsewhere is not affected.
 * - `ip:<address>`: one address guessing many accounts, with the same backoff
 *   after more failures.
 * - `account:<email>`: every address together. It never blocks by itself; once an
 *   account has many failures in the window ("under attack"), each new address
 *   gets a single free attempt before its own backoff starts (the per-account
 *   slowdown), so many addresses together still gain little.
 *
 * Each attempt is reserved (counted as a failure, with the next allowed time set)
 * in one transaction that locks the rows, BEFORE the password is checked, so a
 * parallel burst cannot get more attempts verified than the policy allows.
 * A successful sign-in gives its reservation back.
 *
 * The second-factor step (./second-factor-sign-in.ts) reserves under keys of its own
 * (`pair:code:<email>|<address>` ...) without the per-account slowdown: only someone
 * who knew the password gets there, and a right code is never refused because others
 * are guessing at the account.
 * Counts are forgotten WINDOW_MS after the first failure.
 */
export const throttlePolicy = {
  pair: { freeFailures: 5, freeUnderAttack: 1, maxDelayMs: 15 * 60 * 1000 },
  ip: { freeFailures: 20, maxDelayMs: 60 * 1000 },
  account: { underAttackAfter: 10 },
} as const;
export const WINDOW_MS = 60 * 60 * 1000;

export type ThrottleKeys = { pair: string; ip: string; account: string };

export function throttleKeys(email: string, address: string): ThrottleKeys {
  const e = email.toLowerCase();
  const a = address.toLowerCase();
  return { pair: `pair:${e}|${a}`, ip: `ip:${a}`, account: `account:${e}` };
}

/** Milliseconds to wait before the next attempt after `failures` failures, with `free` failures allowed without waiting. */
export function backoff(failures: number, free: number, maxDelayMs: number): number {
  if (failures < free) return 0;
  return Math.min(1000 * 2 ** Math.min(failures - free, 30), maxDelayMs);
}

type Row = { key: string; failures: number; first_failure_at: Date; blocked_until: Date | null };

export type Reservation = { ok: true; keys: ThrottleKeys } | { ok: false; retryAfterMs: number };

/**
 * Reserves one attempt for `keys` atomically (row locks in one transaction): either every key
 * allows it and each count goes up, or nothing changes and the wait is returned.
 */
export async function reserveAttempt(
  prisma: PrismaClient,
  keys: ThrottleKeys,
  now = new Date(),
  {
    accountSlowdown = true,
    onWait,
  }: {
    accountSlowdown?: boolean;
    /**
     * Called in the same transaction when this attempt makes a key wait (the throttle engages or backs off
     * further), to record it: once per step of the backoff, never once per refused attempt.
     */
    onWait?: (tx: Prisma.TransactionClient, waits: { key: string; delayMs: number }[]) => Promise<void>;
  } = {},
): Promise<Reservation> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const all = [keys.pair, keys.ip, keys.account];
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`
      INSERT INTO sign_in_throttle (key, failures, first_failure_at)
      SELECT k, 0, ${now} FROM unnest(${all}::text[]) AS k ORDER BY k
      ON CONFLICT (key) DO NOTHING`;
      const rows = await tx.$queryRaw<Row[]>`
      SELECT key, failures, first_failure_at, blocked_until FROM sign_in_throttle
      WHERE key = ANY(${all}::text[]) ORDER BY key FOR UPDATE`;
      const fresh = (row: Row | undefined) =>
        !row || row.first_failure_at < windowStart
          ? { failures: 0, blockedUntil: null }
          : { failures: row.failures, blockedUntil: row.blocked_until };
      const byKey = new Map(rows.map((row) => [row.key, row]));
      const pair = fresh(byKey.get(keys.pair));
      const ip = fresh(byKey.get(keys.ip));
      const account = fresh(byKey.get(keys.account));

      const wait = Math.max(
        0,
        ...[pair.blockedUntil, ip.blockedUntil].map((until) => (until ? until.getTime() - now.getTime() : 0)),
      );
      if (wait > 0) return { ok: false as const, retryAfterMs: wait };

      const underAttack = accountSlowdown && account.failures >= throttlePolicy.account.underAttackAfter;
      const pairFree = underAttack ? throttlePolicy.pair.freeUnderAttack : throttlePolicy.pair.freeFailures;
      const next = [
        {
          key: keys.pair,
          failures: pair.failures + 1,
          delay: backoff(pair.failures + 1, pairFree, throttlePolicy.pair.maxDelayMs),
        },
        {
          key: keys.ip,
          failures: ip.failures + 1,
          delay: backoff(ip.failures + 1, throttlePolicy.ip.freeFailures, throttlePolicy.ip.maxDelayMs),
        },
        { key: keys.account, failures: account.failures + 1, delay: 0 },
      ];
      for (const { key, failures, delay } of next) {
        const row = byKey.get(key);
        const restart = !row || row.first_failure_at < windowStart;
        await tx.$executeRaw`
        UPDATE sign_in_throttle SET
          failures = ${failures},
          first_failure_at = CASE WHEN ${restart} THEN ${now} ELSE first_failure_at END,
          blocked_until = ${delay ? new Date(now.getTime() + delay) : null}
        WHERE key = ${key}`;
      }
      const waits = next.filter((n) => n.delay > 0).map((n) => ({ key: n.key, delayMs: n.delay }));
      if (waits.length) await onWait?.(tx, waits);
      return { ok: true as const, keys };
      // A burst queues for connections: wait for one rather than fail (the work inside is a few short statements).
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}

/**
 * Gives back a reservation after a successful sign-in: the pair's count goes, the others drop by one.
 * The rows are locked first, in key order like reserveAttempt's, so a release racing a reservation on the
 * same keys (two browsers sending one code) waits instead of deadlocking. The pair's row is zeroed rather
 * than deleted, so a reservation waiting on it counts from the new state instead of losing its attempt.
 */
export async function releaseAttempt(prisma: PrismaClient, keys: ThrottleKeys, now = new Date()): Promise<void> {
  const all = [keys.pair, keys.ip, keys.account];
  await prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT key FROM sign_in_throttle WHERE key = ANY(${all}::text[]) ORDER BY key FOR UPDATE`;
      await tx.$executeRaw`
        UPDATE sign_in_throttle SET failures = 0, first_failure_at = ${now}, blocked_until = NULL
        WHERE key = ${keys.pair}`;
      await tx.$executeRaw`
        UPDATE sign_in_throttle SET failures = GREATEST(failures - 1, 0),
          blocked_until = CASE WHEN failures - 1 < ${throttlePolicy.ip.freeFailures} THEN NULL ELSE blocked_until END
        WHERE key = ${keys.ip}`;
      await tx.$executeRaw`UPDATE sign_in_throttle SET failures = GREATEST(failures - 1, 0) WHERE key = ${keys.account}`;
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}

export type ThrottleRow = {
  key: string;
  kind: "pair" | "ip" | "account";
  failures: number;
  firstFailureAt: Date;
  blockedUntil: Date | null;
};

/** Keys with failures in the current window, most recently blocked first (for the admin view). */
export async function currentThrottles(prisma: PrismaClient, now = new Date()): Promise<ThrottleRow[]> {
  const rows = await prisma.signInThrottle.findMany({
    where: { failures: { gt: 0 }, firstFailureAt: { gte: new Date(now.getTime() - WINDOW_MS) } },
    orderBy: [{ blockedUntil: { sort: "desc", nulls: "last" } }, { failures: "desc" }],
    take: 200,
  });
  return rows.map((row) => ({
    key: row.key,
    kind: row.key.startsWith("pair:") ? "pair" : row.key.startsWith("ip:") ? "ip" : "account",
    failures: row.failures,
    firstFailureAt: row.firstFailureAt,
    blockedUntil: row.blockedUntil,
  }));
}

/** Forgets the failures of one key (an admin clearing a throttle); true when there was one. */
export async function clearThrottle(prisma: PrismaClient, key: string): Promise<boolean> {
  return (await prisma.signInThrottle.deleteMany({ where: { key } })).count > 0;
}

/** Drops rows whose window has passed (called now and then by sign-in, so the table stays small). */
export async function sweepThrottles(prisma: PrismaClient, now = new Date()): Promise<void> {
  await prisma.$executeRaw`
    DELETE FROM sign_in_throttle WHERE first_failure_at < ${new Date(now.getTime() - WINDOW_MS)}
      AND (blocked_until IS NULL OR blocked_until < ${now})`;
}
