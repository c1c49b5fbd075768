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
