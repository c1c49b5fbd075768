"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { currentStaff, pendingStaff, setSessionCookie } from "@/lib/auth/current";
import { type CodeProblem, confirmEnrolment } from "@/lib/auth/second-factor";
import { finishEnrolmentSignIn, signInSecondFactor } from "@/lib/auth/second-factor-sign-in";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/client";
import { DatabaseUnavailableError } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { requestContext } from "@/lib/http/request-context";

export type EnrolState =
  | { status: "idle" }
  | { status: "problem"; problem: CodeProblem }
  | { status: "unavailable" }
  | { status: "enrolled"; recoveryCodes: string[] };

/**
 * Confirms the second factor being set up, by the signed-in staff member or by one whose sign-in requires it (then
 * the waiting session becomes a full one). The recovery codes come back once, in this answer only.
 */
export async function confirmEnrolmentAction(_state: EnrolState, form: FormData): Promise<EnrolState> {
  try {
    const staff = await currentStaff();
    const pending = staff ? null : await pendingStaff();
    const who = staff ?? (pending?.stage === "enrol" ? pending : null);
    if (!who) redirect("/admin/sign-in");
    const context = await requestContext();
    const result = await confirmEnrolment(db(), who, { code: form.get("code") }, env().TOTP_SECRET_KEY, context);
    if (!result.ok) return { status: "problem", problem: result.problem };
    if (pending) {
      const token = await finishEnrolmentSignIn(db(), (await cookies()).get(sessionCookieName())?.value, context);
      if (token) await setSessionCookie(token);
    }
    return { status: "enrolled", recoveryCodes: result.recoveryCodes };
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) return { status: "unavailable" };
    throw error;
  }
}

export type CodeState = { status: "idle" | "wrong" | "unavailable" } | { status: "throttled"; seconds: number };

/** The second step of sign-in: a code (or recovery code) for the session waiting for it. */
export async function secondFactorSignInAction(_state: CodeState, form: FormData): Promise<CodeState> {
  let result;
  try {
    result = await signInSecondFactor(
      db(),
      (await cookies()).get(sessionCookieName())?.value,
      { code: form.get("code") },
      await requestContext(),
      env().TOTP_SECRET_KEY,
    );
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) return { status: "unavailable" };
    throw error;
  }
  if (result.ok) {
    await setSessionCookie(result.token);
    redirect("/admin");
  }
  if (result.reason === "expired") redirect("/admin/sign-in?expired=1");
  if (result.reason === "throttled") return { status: "throttled", seconds: result.retryAfterSeconds };
  return { status: "wrong" };
}
