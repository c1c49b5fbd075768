"use server";

import { cookies } from "next/headers";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { ZodError } from "zod";
import { redirect } from "next/navigation";
import { changeOwnPassword, createStaffAccount, setStaffDisabled } from "@/lib/auth/accounts";
import { currentStaff, pendingPath, setSessionCookie, signOutCurrent, staffCookiesSecure } from "@/lib/auth/current";
import { requestContext } from "@/lib/http/request-context";
import { env } from "@/lib/env";
import { ForbiddenError, NotSignedInError } from "@/lib/auth/roles";
import { signIn } from "@/lib/auth/sign-in";
import { ADMIN_LOCALE_COOKIE } from "@/lib/admin/locale";
import { adminReturnPath } from "@/lib/admin/return-path";
import type { RecordFormState, SimpleFormState } from "@/lib/admin/form-state";
import { isRecordKind, recordInputFromForm } from "@/lib/admin/kinds";
import {
  deleteRecord,
  markReviewed,
  restoreVersion,
  saveRecord,
  setPublished,
  undeleteRecord,
} from "@/lib/admin/operations";
import { type ImportReport, importCsv } from "@/lib/admin/transfer";
import { importFigures } from "@/lib/admin/figures";
import type { FiguresImportReport } from "@/lib/coverage/figures";
import { db } from "@/lib/db/client";
import { DatabaseUnavailableError } from "@/lib/db/errors";

// Thin server actions: read the form, call the operation in lib/ with the
// current session (each operation checks it), turn the outcome into UI state.

function outcomeOf(error: unknown): "forbidden" | "unavailable" {
  if (error instanceof NotSignedInError) redirect("/admin/sign-in");
  if (error instanceof ForbiddenError) return "forbidden";
  if (error instanceof DatabaseUnavailableError) return "unavailable";
  throw error;
}

const plain = (form: FormData) =>
  Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;

export async function signInAction(_state: SimpleFormState, form: FormData): Promise<SimpleFormState> {
  const values = { email: String(form.get("email") ?? "") };
  let result;
  try {
    const { address, requestId } = await requestContext();
    const { DEMO_ACCOUNTS, EMBEDDED_DATABASE } = env();
    result = await signIn(db(), { email: form.get("email"), password: form.get("password") }, address, new Date(), {
      requestId,
      demoAccountsExempt: DEMO_ACCOUNTS === "1" || EMBEDDED_DATABASE === "1",
      previousToken: (await cookies()).get(sessionCookieName())?.value,
    });
  } catch (error) {
    return { status: outcomeOf(error), fieldErrors: {}, values };
  }
  if (result.ok) {
    await setSessionCookie(result.token);
    redirect(result.stage === "full" ? "/admin" : pendingPath[result.stage]);
  }
  if (result.reason === "invalid-input") return { status: "invalid", fieldErrors: result.fieldErrors, values };
  if (result.reason === "throttled")
    return { status: "refused", fieldErrors: {}, message: String(result.retryAfterSeconds), values };
  return { status: "refused", fieldErrors: {}, values };
}

export async function signOutAction(): Promise<void> {
  await signOutCurrent();
  redirect("/admin/sign-in?signedOut=1");
}

export async function setAdminLocaleAction(form: FormData): Promise<void> {
  (await cookies()).set(ADMIN_LOCALE_COOKIE, form.get("locale") === "en" ? "en" : "zh", {
    httpOnly: true,
    sameSite: "lax",
    secure: staffCookiesSecure(),
    path: "/admin",
    maxAge: 365 * 24 * 3600,
  });
  redirect(adminReturnPath(form.get("back")));
}

export async function saveRecordAction(_state: RecordFormState, form: FormData): Promise<RecordFormState> {
  const kind = String(form.get("kind"));
  if (!isRecordKind(kind)) return { status: "invalid", values: {}, fieldErrors: {} };
  const values = recordInputFromForm(kind, form);
  const id = form.get("id") ? String(form.get("id")) : undefined;
  let result;
  try {
    result = await saveRecord(db(), await currentStaff(), {
      kind,
      id,
      version: form.get("version") ?? undefined,
      values,
    });
  } catch (error) {
    return { status: outcomeOf(error), values, fieldErrors: {} };
  }
  if (result.ok) {
    if (!id) redirect(`/admin/${kind}/${result.id}?done=create`);
    return { status: "saved", values, fieldErrors: {}, version: result.version };
  }
  if (result.reason === "invalid") return { status: "invalid", values, fieldErrors: result.fieldErrors };
  if (result.reason === "conflict") return { status: "conflict", values, fieldErrors: {}, current: result.current };
  return {
    status: "integrity",
    values,
    fieldErrors: result.fields.includes("slug") ? { slug: { key: "duplicate" } } : {},
    integrity: result.kind,
  };
}

/**
 * Publish, unpublish, review, delete, undelete or restore; then back to the record (or to the staff page named in
 * `back`, such as the review queue) with the outcome in the URL. Malformed input is refused, never an error page.
 */
export async function recordStateAction(form: FormData): Promise<void> {
  const input = { ...plain(form) };
  const kind = String(input.kind);
  const operation = String(form.get("operation"));
  const session = await currentStaff();
  const back = form.get("back") ? adminReturnPath(form.get("back")) : `/admin/${kind}/${input.id}`;
  const outcomeUrl = (outcome: string) => `${back}${back.includes("?") ? "&" : "?"}${outcome}`;
  let result;
  try {
    if (operation === "publish" || operation === "unpublish")
      result = await setPublished(db(), session, { ...input, published: operation === "publish" });
    else if (operation === "review") result = await markReviewed(db(), session, input);
    else if (operation === "delete") result = await deleteRecord(db(), session, input);
    else if (operation === "undelete") result = await undeleteRecord(db(), session, input);
    else if (operation === "restore") result = await restoreVersion(db(), session, input);
    else throw new Error(`unknown operation ${operation}`);
  } catch (error) {
    redirect(outcomeUrl(`refused=${error instanceof ZodError ? "invalid" : outcomeOf(error)}`));
  }
  redirect(outcomeUrl(result.ok ? `done=${operation}` : "refused=conflict"));
}

export type ImportState = {
  status: "idle" | "done" | "forbidden" | "unavailable";
  report?: ImportReport;
  applied?: boolean;
};

export async function importAction(_state: ImportState, form: FormData): Promise<ImportState> {
  const kind = String(form.get("kind"));
  const file = form.get("file");
  if (!isRecordKind(kind) || !(file instanceof File)) return { status: "idle" };
  try {
    const report = await importCsv(
      db(),
      await currentStaff(),
      kind,
      new Uint8Array(await file.arrayBuffer()),
      form.get("mode") === "apply",
    );
    return { status: "done", report };
  } catch (error) {
    return { status: outcomeOf(error) };
  }
}

export type FiguresImportState = {
  status: "idle" | "done" | "forbidden" | "unavailable";
  report?: FiguresImportReport;
};

export async function figuresImportAction(_state: FiguresImportState, form: FormData): Promise<FiguresImportState> {
  const file = form.get("file");
  if (!(file instanceof File)) return { status: "idle" };
  try {
    const report = await importFigures(
      db(),
      await currentStaff(),
      new Uint8Array(await file.arrayBuffer()),
      form.get("mode") === "apply",
    );
    return { status: "done", report };
  } catch (error) {
    return { status: outcomeOf(error) };
  }
}

export async function createAccountAction(_state: SimpleFormState, form: FormData): Promise<SimpleFormState> {
  const values = plain(form);
  try {
    const result = await createStaffAccount(db(), await currentStaff(), values, await requestContext());
    return result.ok
      ? { status: "done", fieldErrors: {} }
      : { status: "invalid", fieldErrors: result.fieldErrors, values: { ...values, password: "" } };
  } catch (error) {
    return { status: outcomeOf(error), fieldErrors: {}, values: { ...values, password: "" } };
  }
}

export async function setAccountDisabledAction(form: FormData): Promise<void> {
  try {
    await setStaffDisabled(
      db(),
      await currentStaff(),
      { userId: Number(form.get("userId")), disabled: form.get("disabled") === "1" },
      await requestContext(),
    );
  } catch (error) {
    redirect(`/admin/accounts?refused=${outcomeOf(error)}`);
  }
  redirect("/admin/accounts");
}

export async function changePasswordAction(_state: SimpleFormState, form: FormData): Promise<SimpleFormState> {
  try {
    const result = await changeOwnPassword(db(), await currentStaff(), plain(form), await requestContext());
    return result.ok ? { status: "done", fieldErrors: {} } : { status: "invalid", fieldErrors: result.fieldErrors };
  } catch (error) {
    return { status: outcomeOf(error), fieldErrors: {} };
  }
}
