import { redirect } from "next/navigation";
import { currentStaff, pendingStaff } from "@/lib/auth/current";
import { adminLocale } from "@/lib/admin/locale";
import { getMessages } from "@/lib/i18n";
import { accountHasPasskey } from "@/lib/auth/passkey-sign-in";
import { db } from "@/lib/db/client";
import { CodeForm } from "./code-form";
import { PasskeySignInButton } from "./passkey-sign-in-button";

/** The second step of sign-in, for a session whose password was right and whose account has a second factor. */
export async function CodeSignInPage() {
  if (await currentStaff()) redirect("/admin");
  const pending = await pendingStaff();
  if (!pending) redirect("/admin/sign-in");
  if (pending.stage === "enrol") redirect("/admin/second-factor");
  const messages = getMessages(await adminLocale());
  const hasPasskey = await accountHasPasskey(db(), pending.userId);
  return (
    <section className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{messages.security.code.heading}</h1>
      <p className="mt-3 text-stone-700">{messages.security.code.intro}</p>
      <CodeForm t={messages.security.code} unavailable={messages.admin.errors.databaseUnavailable} />
      {hasPasskey && (
        <PasskeySignInButton t={messages.security.code} unavailable={messages.admin.errors.databaseUnavailable} />
      )}
    </section>
  );
}
