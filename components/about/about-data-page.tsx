import type { Metadata } from "next";
import Link from "next/link";
import { type Locale, formatDate, getMessages, localePath } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { getDataAsOf } from "@/lib/records/data-as-of";
import { recordMetadata } from "@/components/records/page-metadata";
import { Section } from "@/components/records/section";

export function aboutDataMetadata(locale: Locale): Metadata {
  const t = getMessages(locale).provenance.aboutData;
  return recordMetadata(locale, "/about-data", t.title, t.description);
}

function Paragraphs({ items }: { items: readonly string[] }) {
  return (
    <ul className="max-w-3xl list-disc space-y-2 pl-5 leading-relaxed">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** /about-data: where records come from, what verification means, what the sample data is, how to report a mistake. */
export async function AboutDataPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).provenance.aboutData;
  const asOf = await getDataAsOf();
  return (
    <article>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 max-w-3xl text-lg text-stone-700">{t.intro}</p>
      {asOf && (
        <p className="mt-3 max-w-3xl text-stone-700" data-about-as-of>
          {fill(t.dataAsOf, { date: formatDate(locale, asOf) })}
        </p>
      )}
      <Section id="where-from" title={t.sourcesHeading}>
        <Paragraphs items={t.sources} />
      </Section>
      <Section id="verification" title={t.verificationHeading}>
        <Paragraphs items={t.verification} />
      </Section>
      <Section id="sample" title={t.sampleHeading}>
        <Paragraphs items={t.sample} />
      </Section>
      <Section id="corrections" title={t.correctionsHeading}>
        <p className="max-w-3xl leading-relaxed">{t.corrections}</p>
        <p className="mt-3 flex flex-wrap gap-x-6">
          <Link href={localePath(locale, "/organizations")} className="text-brand-700 underline">
            {t.browseLink}
          </Link>
          <Link href={localePath(locale, "/suggest")} className="text-brand-700 underline" data-suggest-link>
            {t.suggestLink}
          </Link>
        </p>
      </Section>
    </article>
  );
}
