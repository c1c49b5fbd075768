const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** A record not reviewed for more than a year (or never) is flagged to donors. */
export function isReviewStale(reviewedAt: Date | null, now: Date = new Date()): boolean {
  return !reviewedAt || now.getTime() - reviewedAt.getTime() > YEAR_MS;
}
