import { requireStaffPage } from "@/lib/auth/current";
import { adminLocale } from "@/lib/admin/locale";
import { getMessages } from "@/lib/i18n";
import { ImportForm } from "./import-form";

export async function ImportPage() {
  await requireStaffPage();
  const messages = getMessages(await adminLocale());
  const t = messages.admin;
  return (
    <section>
      <h1 className="text-2xl font-bold">{t.import.heading}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t.import.help}</p>
      <ImportForm locale={await adminLocale()} t={t} ti={messages.imports} />
    </section>
  );
}
