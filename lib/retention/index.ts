import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * How long anonymous state is kept, and the sweeps that enforce it. No operator
 * runs them: each sweep runs as a side effect of the write that grows its table
 * (a new rate-limit window, a new frozen list, every hundredth security event), so a table that is written is
 * also kept in bounds, on every instance, with no timer or cron job.
 * See docs/decisions/018-retention-of-anonymous-state.md.
 */

/** A rate-limit window may be at most this long; buckets are kept this long after their window starts. */
export const RATE_LIMIT_MAX_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Frozen lists older than this are deleted: a shared link lives two years. */
export const FROZEN_LIST_RETENTION_DAYS = 730;
/** At most this many frozen lists are kept; past it, the oldest go first. */
export const FROZEN_LIST_MAX = 50_000;

/**
 * Security events (sign-ins, failures, account changes with the client address) are kept 400 days: a full year
 * for the yearly review of staff access, with a month's margin to compare with the same weeks a year before and
 * to look back at an incident found late; well over the six months China's Cybersecurity Law (art. 21) asks of
 * network logs. Older rows go: the address is personal data, kept no longer than the review needs.
 */
export const SECURITY_EVENT_RETENTION_DAYS = 400;
/** Every this-many-th security event stored also sweeps the old ones (the sweep is one indexed DELETE). */
export const SECURITY_EVENT_SWEEP_EVERY = 100;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes rate-limit buckets whose window ended long ago (no limit ever reads them again). */
export async function sweepRateLimitBuckets(prisma: PrismaClient, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - 2 * RATE_LIMIT_MAX_WINDOW_MS);
  return prisma.$executeRaw`DELETE FROM rate_limit_bucket WHERE window_start < ${cutoff}`;
}

/** Deletes frozen lists past their retention, then the oldest past the size bound. */
export async function sweepFrozenLists(
  prisma: PrismaClient,
  now = new Date(),
  { retentionDays = FROZEN_LIST_RETENTION_DAYS, max = FROZEN_LIST_MAX } = {},
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const expired = await prisma.$executeRaw`DELETE FROM shared_list WHERE created_at < ${cutoff}`;
  const overflow = await prisma.$executeRaw`
    DELETE FROM shared_list WHERE id IN (
      SELECT id FROM shared_list ORDER BY created_at DESC, id DESC OFFSET ${max}
    )`;
  return expired + overflow;
}

/** Deletes security events older than their retention. */
export async function sweepSecurityEvents(
  prisma: PrismaClient | Prisma.TransactionClient,
  now = new Date(),
  retentionDays = SECURITY_EVENT_RETENTION_DAYS,
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  return prisma.$executeRaw`DELETE FROM security_event WHERE at < ${cutoff}`;
}
