import Link from "next/link";
import { type Locale, getMessages, localePath } from "@/lib/i18n";

export function NotFoundView({ locale }: { locale: Locale }) {
  const t = getMessages(locale).errors;
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t.notFoundTitle}</h1>
      <p className="mt-2 text-stone-700">{t.notFoundBody}</p>
      <Link href={localePath(locale, "/")} className="mt-4 inline-block text-brand-700 underline">
        {t.backHome}
      </Link>
    </section>
  );
}
