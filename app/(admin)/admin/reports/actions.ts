"use server";

import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/auth/current";
import { ForbiddenError, NotSignedInError } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { DatabaseUnavailableError } from "@/lib/db/errors";
import { decideReport } from "@/lib/reports/moderation";

/** Accept, reject (with a reason) or mark duplicate; the operation checks the session and role. */
export async function decideReportAction(form: FormData): Promise<void> {
  const input = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
  const id = String(input.id ?? "");
  let outcome;
  try {
    outcome = await decideReport(db(), await currentStaff(), input);
  } catch (error) {
    if (error instanceof NotSignedInError) redirect("/admin/sign-in");
    if (error instanceof ForbiddenError) redirect(`/admin/reports?refused=forbidden&report=${encodeURIComponent(id)}`);
    if (error instanceof DatabaseUnavailableError) redirect(`/admin/reports?refused=unavailable`);
    throw error;
  }
  if (!outcome.ok) redirect(`/admin/reports?refused=${outcome.reason}&report=${encodeURIComponent(id)}#report-${id}`);
  if (outcome.open) redirect(`/admin/${outcome.open.kind}/${outcome.open.id}?report=${encodeURIComponent(id)}`);
  redirect(`/admin/reports?done=${outcome.decision}&report=${encodeURIComponent(id)}`);
}
