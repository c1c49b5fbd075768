import Link from "next/link";
import { countText } from "@/lib/i18n/plural";
import { type Locale, getMessages, localePath } from "@/lib/i18n";
import { getModeList } from "@/lib/records/modes";
import { Breadcrumb } from "./breadcrumb";
import { recordMetadata } from "./page-metadata";

export function modesMetadata(locale: Locale) {
  const t = getMessages(locale).records.modes;
  return recordMetadata(locale, "/modes", t.title, t.description);
}

export async function ModesPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).records.modes;
  const modes = await getModeList(locale);
  return (
    <>
      <Breadcrumb locale={locale} trail={[{ label: t.title }]} />
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 max-w-3xl text-stone-700">{t.lead}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {modes.map((mode) => (
          <li key={mode.slug} className="rounded-lg border border-stone-200 bg-white p-4" data-mode={mode.slug}>
            <h2 className="text-lg font-semibold">
              <Link href={localePath(locale, `/modes/${mode.slug}`)} className="text-brand-700 underline">
                {mode.name}
              </Link>
            </h2>
            <p className="mt-1 text-stone-700">{mode.summary}</p>
            {mode.needs.length > 0 && (
              <p className="mt-2 text-sm text-stone-700">
                {t.meets}{" "}
                {mode.needs.map((need, index) => (
                  <span key={need.slug}>
                    {index > 0 && (locale === "zh" ? "、" : ", ")}
                    <Link href={localePath(locale, `/needs/${need.slug}`)} className="text-brand-700 underline">
                      {need.name}
                    </Link>
                  </span>
                ))}
              </p>
            )}
            <p className="mt-2 text-sm text-stone-600">
              {countText(locale, t.organizationCount, mode.organizationCount)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
