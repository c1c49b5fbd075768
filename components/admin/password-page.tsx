import { requireStaffPage } from "@/lib/auth/current";
import { adminLocale } from "@/lib/admin/locale";
import { getMessages } from "@/lib/i18n";
import { PasswordForm } from "./password-form";

export async function PasswordPage() {
  await requireStaffPage();
  const t = getMessages(await adminLocale()).admin;
  return (
    <section>
      <h1 className="text-2xl font-bold">{t.password.heading}</h1>
      <PasswordForm t={t} />
    </section>
  );
}
