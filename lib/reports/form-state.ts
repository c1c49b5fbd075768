import type { FieldErrors } from "@/lib/forms/field-errors";

/** What a public report form shows after a submit: the outcome, what was typed (kept on every refusal), errors. */
export type ReportFormState = {
  status: "idle" | "sent" | "invalid" | "limited" | "unknown-target" | "unavailable";
  fieldErrors: FieldErrors;
  values: Record<string, string>;
  retryAfterMinutes?: number;
};
