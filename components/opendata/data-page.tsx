import { countText } from "@/lib/i18n/plural";
import { Breadcrumb } from "@/components/records/breadcrumb";
import { recordMetadata } from "@/components/records/page-metadata";
import { Section } from "@/components/records/section";
import { type Locale, getMessages, localePath } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { HSDS_RATE_LIMIT } from "@/lib/opendata/api";
import { FEED_ENTRIES } from "@/lib/opendata/feed";
import { DATA_LICENCE, UPDATE_RHYTHM } from "@/lib/opendata/licence";
import { absoluteUrl } from "@/lib/site/origin";

export function dataMetadata(locale: Locale) {
  const t = getMessages(locale).opendata.page;
  return recordMetadata(locale, "/data", t.title, t.description);
}

/** Requests a reuser can paste into a terminal, on the public origin. */
const apiExamples = [
  "/api/hsds/organizations?per_page=10",
  "/api/hsds/organizations?need=psychological-emotional&region=510000",
  "/api/hsds/services?modified_after=2026-01-01T00:00:00Z&page=2",
  "/api/hsds/taxonomy_terms",
];

const linkStyle = "text-brand-700 underline";

/** The open data page: what the data is, its licence and rhythm, and how to take it (API, download, feed). */
export function DataPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).opendata.page;
  const feed = localePath(locale, "/feed.xml");
  return (
    <article>
      <Breadcrumb locale={locale} trail={[{ label: t.title }]} />
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 max-w-3xl text-lg text-stone-700">{t.lead}</p>

      <Section id="what" title={t.whatHeading}>
        <p className="max-w-3xl leading-relaxed">{t.what}</p>
      </Section>

      <Section id="licence" title={t.licenceHeading}>
        <p className="max-w-3xl leading-relaxed">
          {fill(t.licence, { licence: `${DATA_LICENCE.name} (${DATA_LICENCE.id})` })}
        </p>
        <blockquote className="mt-3 max-w-3xl border-l-4 border-brand-600 pl-4" data-attribution>
          {locale === "zh" ? DATA_LICENCE.attributionZh : DATA_LICENCE.attributionEn}
        </blockquote>
        <p className="mt-3">
          <a href={DATA_LICENCE.url} className={linkStyle} rel="license noopener noreferrer">
            {DATA_LICENCE.url}
          </a>
        </p>
      </Section>

      <Section id="rhythm" title={t.rhythmHeading}>
        <p className="max-w-3xl leading-relaxed">{UPDATE_RHYTHM[locale]}</p>
      </Section>

      <Section id="api" title={t.apiHeading}>
        <p className="max-w-3xl leading-relaxed">{fill(t.api, { limit: String(HSDS_RATE_LIMIT.limit) })}</p>
        <p className="mt-3">{t.apiExamples}</p>
        {/* Focusable: on a phone the commands are wider than the screen and a keyboard must be able to scroll them. */}
        <pre
          tabIndex={0}
          className="mt-2 overflow-x-auto rounded bg-stone-100 p-3 text-sm focus-visible:outline-2 focus-visible:outline-brand-700"
          lang="en"
        >
          {apiExamples.map((path) => `curl '${absoluteUrl(path)}'`).join("\n")}
        </pre>
        <p className="mt-3">
          <a href="/api/hsds/openapi.json" className={linkStyle}>
            {t.openapiLink}
          </a>
        </p>
      </Section>

      <Section id="download" title={t.downloadHeading}>
        <p className="max-w-3xl leading-relaxed">{t.download}</p>
        <p className="mt-3">
          <a href="/api/hsds/datapackage.zip" className={linkStyle} download>
            {t.downloadLink}
          </a>
        </p>
      </Section>

      <Section id="feed" title={t.feedHeading}>
        <p className="max-w-3xl leading-relaxed">{countText(locale, t.feed, FEED_ENTRIES)}</p>
        <p className="mt-3">
          <a href={feed} type="application/atom+xml" className={linkStyle}>
            {t.feedLink}
          </a>
        </p>
      </Section>

      <Section id="structured" title={t.structuredHeading}>
        <p className="max-w-3xl leading-relaxed">{t.structured}</p>
      </Section>
    </article>
  );
}
