import { z } from "zod";
import { slugSchema } from "@/lib/domain/identifiers";
import { locales } from "@/lib/i18n";
import { reportLimits, reportTargetKinds } from "./limits";
import { plainText } from "./plain-text";

// One schema per public form, used by the form's server action and by the data layer alike.

const clean = (value: unknown) => (typeof value === "string" ? plainText(value) : value);
const blankToUndefined = (value: unknown) => {
  const v = clean(value);
  return v === null || v === "" ? undefined : v;
};

const requiredPlain = (max: number) => z.preprocess(clean, z.string().min(1).max(max));
const optionalPlain = (max: number) =>
  z.preprocess(blankToUndefined, z.string().max(max).optional()).transform((v) => v ?? null);
const optionalEmail = z
  .preprocess(blankToUndefined, z.email().max(reportLimits.contactEmail).optional())
  .transform((v) => v ?? null);
const optionalWebsite = z
  .preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/ })
      .max(reportLimits.proposedWebsite)
      .optional(),
  )
  .transform((v) => v ?? null);

/** "Report a problem with this listing". */
export const problemReportSchema = z.object({
  locale: z.enum(locales),
  targetKind: z.enum(reportTargetKinds),
  targetSlug: slugSchema,
  message: requiredPlain(reportLimits.message),
  contactEmail: optionalEmail,
});

/** "Suggest an organization". */
export const suggestionReportSchema = z.object({
  locale: z.enum(locales),
  proposedName: requiredPlain(reportLimits.proposedName),
  proposedWebsite: optionalWebsite,
  proposedRegion: optionalPlain(reportLimits.proposedRegion),
  proposedContact: optionalPlain(reportLimits.proposedContact),
  message: requiredPlain(reportLimits.message),
  contactEmail: optionalEmail,
});

/** The form fields a visitor types (kept and shown again when the form comes back with errors). */
export const problemFields = ["message", "contactEmail"] as const;
export const suggestionFields = [
  "proposedName",
  "proposedWebsite",
  "proposedRegion",
  "proposedContact",
  "message",
  "contactEmail",
] as const;

/** The honeypot: a field people never see or fill; software that fills every field does. */
export const HONEYPOT_FIELD = "website";

const positive = z.coerce.number<unknown>().int().positive().max(2_147_483_647);

/** A staff decision on a report (the moderation queue's forms). */
export const reportDecisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("accept"), id: positive }),
  z.object({ decision: z.literal("reject"), id: positive, reason: requiredPlain(reportLimits.reason) }),
  z.object({ decision: z.literal("duplicate"), id: positive, duplicateOf: positive }),
]);
