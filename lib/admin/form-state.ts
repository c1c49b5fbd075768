import type { FieldErrors } from "@/lib/forms/field-errors";
import type { RecordSnapshot } from "./snapshot";

/** What a staff form shows after a submit: the outcome, the typed values (kept), and errors. */
export type RecordFormState = {
  status: "idle" | "saved" | "invalid" | "conflict" | "integrity" | "unavailable" | "forbidden";
  values: Record<string, unknown>;
  fieldErrors: FieldErrors;
  version?: number;
  current?: RecordSnapshot | null;
  integrity?: "duplicate" | "missing-reference" | "still-referenced" | "invalid-value" | "conflict";
};

export type SimpleFormState = {
  status: "idle" | "done" | "invalid" | "refused" | "unavailable" | "forbidden";
  fieldErrors: FieldErrors;
  message?: string;
  values?: Record<string, string>;
};
