import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/auth/current";
import { adminLocale } from "@/lib/admin/locale";
import { getMessages } from "@/lib/i18n";
import { SignInForm } from "./sign-in-form";

export async function SignInPage({ signedOut, codeExpired }: { signedOut: boolean; codeExpired: boolean }) {
  if (await currentStaff()) redirect("/admin");
  const messages = getMessages(await adminLocale());
  const t = messages.admin;
  return (
    <section className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t.signIn.heading}</h1>
      {signedOut && (
        <p role="status" className="mt-3 text-sm text-stone-700">
          {t.signIn.signedOut}
        </p>
      )}
      {codeExpired && (
        <p role="alert" className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {messages.security.code.expired}
        </p>
      )}
      <SignInForm t={t} />
    </section>
  );
}
