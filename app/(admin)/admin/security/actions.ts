"use server";

import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/auth/current";
import { ForbiddenError, NotSignedInError } from "@/lib/auth/roles";
import { resetSecondFactor } from "@/lib/auth/second-factor";
import { setSecondFactorPolicy } from "@/lib/auth/second-factor-policy";
import { DatabaseUnavailableError } from "@/lib/db/errors";
import { db } from "@/lib/db/client";
import { requestContext } from "@/lib/http/request-context";
import { clearThrottleAsAdmin } from "@/lib/security/admin";

// Admin-only security actions; each operation checks the session and the role itself.

function refusal(error: unknown): string {
  if (error instanceof NotSignedInError) redirect("/admin/sign-in");
  if (error instanceof ForbiddenError) return "forbidden";
  if (error instanceof DatabaseUnavailableError) return "unavailable";
  throw error;
}

export async function clearThrottleAction(form: FormData): Promise<void> {
  try {
    await clearThrottleAsAdmin(db(), await currentStaff(), { key: form.get("key") }, await requestContext());
  } catch (error) {
    redirect(`/admin/security?refused=${refusal(error)}`);
  }
  redirect("/admin/security?done=cleared");
}

export async function setSecondFactorPolicyAction(form: FormData): Promise<void> {
  try {
    await setSecondFactorPolicy(
      db(),
      await currentStaff(),
      { requireForAll: form.get("requireForAll") === "on" },
      await requestContext(),
    );
  } catch (error) {
    redirect(`/admin/security?refused=${refusal(error)}`);
  }
  redirect("/admin/security?done=policy");
}

export async function resetSecondFactorAction(form: FormData): Promise<void> {
  try {
    await resetSecondFactor(db(), await currentStaff(), { userId: Number(form.get("userId")) }, await requestContext());
  } catch (error) {
    redirect(`/admin/accounts?refused=${refusal(error)}`);
  }
  redirect("/admin/accounts");
}
