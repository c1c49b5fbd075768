import { z } from "zod";

/** Error keys that the staff UI turns into sentences in the staff member's language (messages/admin.ts). */
export const errorKeys = [
  "required",
  "tooLong",
  "tooShort",
  "tooSmall",
  "tooBig",
  "notANumber",
  "notAWholeNumber",
  "invalidEmail",
  "invalidUrl",
  "invalidChoice",
  "invalidSlug",
  "invalidDate",
  "invalidCreditCode",
  "invalid",
  "passwordsDiffer",
  "commonPassword",
  "unknownLink",
  "duplicate",
  "evidenceNeedsSource",
] as const;
export type ErrorKey = (typeof errorKeys)[number];
export type FieldError = { key: ErrorKey; limit?: number };
export type FieldErrors = Record<string, FieldError>;

const isErrorKey = (value: string): value is ErrorKey => (errorKeys as readonly string[]).includes(value);

function toFieldError(issue: z.core.$ZodIssue): FieldError {
  if (isErrorKey(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1 ? { key: "required" } : { key: "tooShort", limit: Number(issue.minimum) };
      return { key: "tooSmall", limit: Number(issue.minimum) };
    case "too_big":
      return issue.origin === "string"
        ? { key: "tooLong", limit: Number(issue.maximum) }
        : { key: "tooBig", limit: Number(issue.maximum) };
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return { key: "required" };
      if (issue.expected === "int") return { key: "notAWholeNumber" };
      return issue.expected === "number" ? { key: "notANumber" } : { key: "invalid" };
    case "invalid_format":
      if (issue.format === "email") return { key: "invalidEmail" };
      if (issue.format === "url") return { key: "invalidUrl" };
      return { key: "invalid" };
    case "invalid_value":
      return { key: "invalidChoice" };
    default:
      return { key: "invalid" };
  }
}

/** The first error of each field, keyed by its dotted path (e.g. `modes.2.sites`). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    out[path] ??= toFieldError(issue);
  }
  return out;
}

// FormData gives strings; blank means "not given".
const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "")
    ? undefined
    : typeof value === "string"
      ? value.trim()
      : value;

/** Required text: trimmed, not blank, at most `max` characters. */
export const requiredText = (max: number) => z.preprocess(blankToUndefined, z.string().min(1).max(max));
/** Optional text: blank becomes null (stored as NULL). */
export const optionalText = (max?: number) =>
  z.preprocess(blankToUndefined, (max ? z.string().max(max) : z.string()).optional()).transform((v) => v ?? null);
const toNumber = (value: unknown) => {
  const v = blankToUndefined(value);
  return typeof v === "string" ? Number(v) : v;
};
const wholeNumber = (min: number, max: number) =>
  z
    .number({
      error: (issue) =>
        issue.code !== "invalid_type" ? undefined : issue.input === undefined ? "required" : "notANumber",
    })
    .int({ error: "notAWholeNumber" })
    .min(min)
    .max(max);
/** A whole number from a form field, within bounds. */
export const requiredInt = (min: number, max: number) => z.preprocess(toNumber, wholeNumber(min, max));
export const optionalInt = (min: number, max: number) =>
  z.preprocess(toNumber, wholeNumber(min, max).optional()).transform((v) => v ?? null);
/** A checkbox: present ("on", "true", "1") means true. */
export const checkbox = z.preprocess(
  (value) => value === true || value === "on" || value === "true" || value === "1",
  z.boolean(),
);
export const optionalUrl = (max: number) =>
  z
    .preprocess(
      blankToUndefined,
      z
        .url({ protocol: /^https?$/ })
        .max(max)
        .optional(),
    )
    .transform((v) => v ?? null);
export const optionalEmail = (max: number) =>
  z.preprocess(blankToUndefined, z.email().max(max).optional()).transform((v) => v ?? null);
