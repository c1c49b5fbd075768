import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/domain/identifiers";
import { z } from "zod";
import {
  checkbox,
  optionalEmail,
  optionalInt,
  optionalText,
  optionalUrl,
  requiredInt,
  requiredText,
} from "@/lib/forms/field-errors";
import { optionalCreditCode } from "@/lib/domain/credit-code";

/** One editable column of a record: how the form shows it and how zod reads it. */
export type FieldSpec =
  | { name: string; type: "text" | "textarea"; required?: boolean; max?: number }
  | { name: string; type: "int"; required?: boolean; min: number; max: number }
  | { name: string; type: "enum"; options: readonly string[]; optional?: boolean }
  | { name: string; type: "date" | "creditCode" }
  | { name: string; type: "bool" }
  | { name: string; type: "url" | "email"; max: number };

const slug = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z.string().min(1).max(SLUG_MAX_LENGTH).regex(SLUG_PATTERN, "invalidSlug"),
);

function schemaOf(field: FieldSpec): z.ZodType {
  switch (field.type) {
    case "text":
    case "textarea":
      if (field.name === "slug") return slug;
      return field.required ? requiredText(field.max ?? 20_000) : optionalText(field.max ?? 20_000);
    case "int":
      return field.required ? requiredInt(field.min, field.max) : optionalInt(field.min, field.max);
    case "enum":
      return field.optional
        ? z.preprocess(
            (v) => (v === "" ? undefined : v),
            z
              .enum(field.options as [string, ...string[]])
              .optional()
              .transform((v) => v ?? null),
          )
        : z.enum(field.options as [string, ...string[]]);
    case "date":
      return optionalDate;
    case "creditCode":
      return optionalCreditCode;
    case "bool":
      return checkbox;
    case "url":
      return optionalUrl(field.max);
    case "email":
      return optionalEmail(field.max);
  }
}

/** A calendar day (YYYY-MM-DD, as a date input sends it, or an ISO time from the audit trail); blank is null. */
export const optionalDate = z.preprocess(
  (v) => {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v !== "string" || !v.trim()) return undefined;
    return v.trim().slice(0, 10);
  },
  z
    .string()
    .regex(/^(19|20)\d\d-\d\d-\d\d$/, "invalidDate")
    .refine(
      (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      "invalidDate",
    )
    .optional()
    .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null)),
);

/** The zod object for a record's columns, built from the same list the form is drawn from. */
export function columnsSchema(fields: readonly FieldSpec[]) {
  return z.object(Object.fromEntries(fields.map((field) => [field.name, schemaOf(field)])));
}
