"use server";

import { db } from "@/lib/db/client";
import { isUnavailable } from "@/lib/db/errors";
import { clientKey } from "@/lib/net/client-address";
import type { ReportFormState } from "@/lib/reports/form-state";
import { problemFields, suggestionFields } from "@/lib/reports/schemas";
import { submitReport } from "@/lib/reports/submit";

// The public report forms. No account: anyone may send, within the client's limit; nothing is published.

const fieldsOf = (form: FormData) =>
  Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
const kept = (values: Record<string, string>, names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, values[name] ?? ""]));

async function send(
  kind: "problem" | "suggestion",
  form: FormData,
  names: readonly string[],
): Promise<ReportFormState> {
  const input = fieldsOf(form);
  const values = kept(input, names);
  try {
    const outcome = await submitReport(db(), kind, input, await clientKey());
    if (outcome.ok) return { status: "sent", fieldErrors: {}, values: {} };
    if (outcome.reason === "invalid") return { status: "invalid", fieldErrors: outcome.fieldErrors, values };
    if (outcome.reason === "rate-limited")
      return {
        status: "limited",
        fieldErrors: {},
        values,
        retryAfterMinutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)),
      };
    return { status: "unknown-target", fieldErrors: {}, values };
  } catch (error) {
    if (isUnavailable(error)) return { status: "unavailable", fieldErrors: {}, values };
    throw error;
  }
}

/** "Report a problem with this listing". */
export async function reportProblemAction(_state: ReportFormState, form: FormData): Promise<ReportFormState> {
  return send("problem", form, problemFields);
}

/** "Suggest an organization". */
export async function suggestOrganizationAction(_state: ReportFormState, form: FormData): Promise<ReportFormState> {
  return send("suggestion", form, suggestionFields);
}
