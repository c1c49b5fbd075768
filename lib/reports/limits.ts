// Size limits of the public report forms, in characters after clean-up. The form shows them (maxLength, hints)
// and the schemas in ./schemas.ts enforce them; the database columns have the same widths.
export const reportLimits = {
  message: 4000,
  proposedName: 200,
  proposedWebsite: 500,
  proposedRegion: 200,
  proposedContact: 200,
  contactEmail: 200,
  reason: 1000,
} as const;

/** The records a problem can be reported on; the same four kinds as the staff area. */
export const reportTargetKinds = ["need", "policy", "mode", "organization"] as const;
export type ReportTargetKind = (typeof reportTargetKinds)[number];

/**
 * The largest request the public report pages accept: a full form in Chinese (3 bytes a character) is under 20 KB.
 * Larger posts are answered 413 before the framework reads them (its own limit would answer 500).
 */
export const REPORT_BODY_LIMIT_BYTES = 64 * 1024;
export const reportPagePaths = ["/report", "/suggest", "/en/report", "/en/suggest"] as const;
