import Link from "next/link";
import { countText } from "@/lib/i18n/plural";
import { type Locale, getMessages, localePath } from "@/lib/i18n";
import { getNeedList } from "@/lib/records/needs";
import { organizationsHref } from "@/lib/records/results-link";
import { Breadcrumb } from "./breadcrumb";
import { recordMetadata } from "./page-metadata";

export function needsMetadata(locale: Locale) {
  const t = getMessages(locale).records.needs;
  return recordMetadata(locale, "/needs", t.title, t.description);
}

export async function NeedsPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).records.needs;
  const needs = await getNeedList(locale);
  return (
    <>
      <Breadcrumb locale={locale} trail={[{ label: t.title }]} />
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 max-w-3xl text-stone-700">{t.lead}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {needs.map((need) => (
          <li key={need.slug} className="rounded-lg border border-stone-200 bg-white p-4" data-need={need.slug}>
            <h2 className="text-lg font-semibold">
              <Link href={localePath(locale, `/needs/${need.slug}`)} className="text-brand-700 underline">
                {need.name}
              </Link>
            </h2>
            {need.ownFraming && (
              <p className="mt-1 text-sm text-amber-900" data-own-framing title={t.ownFramingNote}>
                <span className="rounded bg-amber-50 px-1.5 py-0.5">{t.ownFraming}</span> {t.ownFramingNote}
              </p>
            )}
            <p className="mt-1 text-stone-700">{need.summary}</p>
            <p className="mt-2 text-sm">
              {need.organizationCount > 0 ? (
                <Link
                  href={organizationsHref(locale, { need: need.slug })}
                  className="text-brand-700 underline"
                  data-count={need.organizationCount}
                >
                  {countText(locale, t.organizationCount, need.organizationCount)}
                </Link>
              ) : (
                <span className="text-stone-600" data-count={0}>
                  {t.noOrganization}
                </span>
              )}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
