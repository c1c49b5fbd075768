const MONTH_MS = (365 * 24 * 60 * 60 * 1000) / 12;

/** Months after which a record's review is shown as old to donors (the amber note). */
export const REVIEW_STALE_MONTHS = 12;
/**
 * Months after which an organization counts as not verified at all: flagged on cards and pages, and the bound the
 * results' "verified recently" filter uses (`verificationCutoff`; in SQL: organization_filter.reviewed_at >= it,
 * never-reviewed rows holding -infinity there).
 */
export const VERIFICATION_LAPSE_MONTHS = 24;

/** The moment before which a review is older than `months` months. */
export function reviewCutoff(months: number, now: Date = new Date()): Date {
  return new Date(now.getTime() - months * MONTH_MS);
}

/** A record not reviewed for more than a year (or never) is flagged to donors. */
export function isReviewStale(reviewedAt: Date | null, now: Date = new Date()): boolean {
  return !reviewedAt || reviewedAt < reviewCutoff(REVIEW_STALE_MONTHS, now);
}

/** The first moment a review still counts: an organization reviewed before it (or never) is not verified. */
export function verificationCutoff(now: Date = new Date()): Date {
  return reviewCutoff(VERIFICATION_LAPSE_MONTHS, now);
}

/** Not verified for over 24 months (or never): flagged on cards and pages. */
export function isVerificationLapsed(reviewedAt: Date | null, now: Date = new Date()): boolean {
  return !reviewedAt || reviewedAt < verificationCutoff(now);
}
