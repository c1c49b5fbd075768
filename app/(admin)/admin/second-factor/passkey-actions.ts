"use server";

import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { currentStaff, setSessionCookie } from "@/lib/auth/current";
import { type PasskeyProblem, passkeyRegistrationOptions, registerPasskey, removePasskey } from "@/lib/auth/passkey";
import { passkeySignInOptions, signInWithPasskey } from "@/lib/auth/passkey-sign-in";
import { NotSignedInError } from "@/lib/auth/roles";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/client";
import { DatabaseUnavailableError } from "@/lib/db/errors";
import { requestContext } from "@/lib/http/request-context";
import type { CodeState } from "./actions";

// The passkey steps are called by the browser's WebAuthn prompt in between, so they take and return plain values
// rather than forms. Each operation in lib/auth checks the session itself.

function unavailableOr(error: unknown): "unavailable" {
  if (error instanceof NotSignedInError) redirect("/admin/sign-in");
  if (error instanceof DatabaseUnavailableError) return "unavailable";
  throw error;
}

export type PasskeyOptionsState<T> = { status: "ready"; options: T } | { status: "unavailable" | "none" };

/** A challenge for a new passkey of the signed-in member. */
export async function passkeyRegistrationOptionsAction(): Promise<
  PasskeyOptionsState<PublicKeyCredentialCreationOptionsJSON>
> {
  try {
    const options = await passkeyRegistrationOptions(db(), await currentStaff());
    return options ? { status: "ready", options } : { status: "none" };
  } catch (error) {
    return { status: unavailableOr(error) };
  }
}

export type RegisterPasskeyState =
  { status: "idle" | "done" | "unavailable" } | { status: "problem"; problem: PasskeyProblem };

/** Keeps the passkey the browser just made, under the name the member gave it. */
export async function registerPasskeyAction(name: string, response: unknown): Promise<RegisterPasskeyState> {
  try {
    const result = await registerPasskey(db(), await currentStaff(), { name, response }, await requestContext());
    return result.ok ? { status: "done" } : { status: "problem", problem: result.problem };
  } catch (error) {
    return { status: unavailableOr(error) };
  }
}

/** Removes one of the signed-in member's passkeys, then shows the page again (a database outage: the error page). */
export async function removePasskeyAction(form: FormData): Promise<void> {
  try {
    await removePasskey(db(), await currentStaff(), { id: form.get("id") }, await requestContext());
  } catch (error) {
    if (error instanceof NotSignedInError) redirect("/admin/sign-in");
    throw error;
  }
  redirect("/admin/second-factor");
}

/** A challenge for the code step, for the session waiting for a second factor. */
export async function passkeySignInOptionsAction(): Promise<
  PasskeyOptionsState<PublicKeyCredentialRequestOptionsJSON>
> {
  try {
    const options = await passkeySignInOptions(db(), (await cookies()).get(sessionCookieName())?.value);
    return options ? { status: "ready", options } : { status: "none" };
  } catch (error) {
    return { status: unavailableOr(error) };
  }
}

/** The code step answered with a passkey: signed in, or the same refusals as a code. */
export async function passkeySignInAction(response: unknown): Promise<CodeState> {
  let result;
  try {
    result = await signInWithPasskey(
      db(),
      (await cookies()).get(sessionCookieName())?.value,
      response,
      await requestContext(),
    );
  } catch (error) {
    return { status: unavailableOr(error) };
  }
  if (result.ok) {
    await setSessionCookie(result.token);
    redirect("/admin");
  }
  if (result.reason === "expired") redirect("/admin/sign-in?expired=1");
  if (result.reason === "throttled") return { status: "throttled", seconds: result.retryAfterSeconds };
  return { status: "wrong" };
}
