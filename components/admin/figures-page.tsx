import { requireStaffPage } from "@/lib/auth/current";
import { adminLocale } from "@/lib/admin/locale";
import { getMessages } from "@/lib/i18n";
import { FiguresForm } from "./figures-form";

export async function FiguresPage() {
  await requireStaffPage();
  const messages = getMessages(await adminLocale());
  const t = messages.admin;
  return (
    <section>
      <h1 className="text-2xl font-bold">{t.figures.heading}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t.figures.help}</p>
      <p className="mt-1 text-sm text-stone-600">{t.figures.example}</p>
      <FiguresForm
        locale={await adminLocale()}
        t={t}
        errors={messages.coverage.errors}
        errorRow={messages.coverage.errorRow}
      />
    </section>
  );
}
