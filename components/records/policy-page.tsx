import Link from "next/link";
import { ReportProblemLink } from "@/components/reports/report-links";
import { notFound } from "next/navigation";
import { type Locale, getMessages, htmlLang, localePath } from "@/lib/i18n";
import { jsonLdText, policyJsonLd } from "@/lib/opendata/json-ld";
import { absoluteUrl } from "@/lib/site/origin";
import { getPolicyDetail } from "@/lib/records/policies";
import { Breadcrumb } from "./breadcrumb";
import { formatYearMonth } from "./format";
import { type SlugRouteProps, recordMetadata } from "./page-metadata";
import { Section } from "./section";
import { FactList } from "./fact-list";
import { SourcesSection } from "./sources-section";
import { VerificationSection } from "./verification-section";

export async function policyMetadata(locale: Locale, { params }: SlugRouteProps) {
  const { slug } = await params;
  const policy = await getPolicyDetail(slug, locale);
  if (!policy) return {};
  return recordMetadata(locale, `/policies/${policy.slug}`, policy.title, policy.summary);
}

export async function PolicyPage({ locale, params }: { locale: Locale } & SlugRouteProps) {
  const { slug } = await params;
  const policy = await getPolicyDetail(slug, locale);
  if (!policy) notFound();
  const t = getMessages(locale).records;
  const facts: [string, string][] = [
    [t.policy.issuer, policy.issuer],
    [t.policy.date, policy.year === null ? t.policies.yearUnknown : formatYearMonth(locale, policy.year, policy.month)],
    ...(policy.documentNumber ? [[t.policy.documentNumber, policy.documentNumber] as [string, string]] : []),
    [t.policy.level, t.policyLevel[policy.level]],
    [t.policy.domain, t.policyDomain[policy.domain]],
  ];

  return (
    <article>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: jsonLdText(
            policyJsonLd(policy, htmlLang[locale], absoluteUrl(localePath(locale, `/policies/${policy.slug}`))),
          ),
        }}
      />
      <Breadcrumb locale={locale} trail={[{ href: "/policies", label: t.policies.title }, { label: policy.title }]} />
      <h1 className="text-3xl font-bold">{policy.title}</h1>
      <FactList facts={facts} className="mt-4" />

      <Section id="summary" title={t.policy.summaryHeading}>
        <p className="max-w-3xl whitespace-pre-line leading-relaxed">{policy.summary}</p>
      </Section>

      <Section id="needs" title={t.policy.needsHeading}>
        {policy.needs.length ? (
          <ul className="flex flex-wrap gap-2">
            {policy.needs.map((need) => (
              <li key={need.slug}>
                <Link
                  href={localePath(locale, `/needs/${need.slug}`)}
                  className="inline-block rounded border border-brand-600 px-3 py-1 text-brand-700 underline"
                >
                  {need.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">{t.policy.noNeeds}</p>
        )}
      </Section>

      <Section id="source" title={t.policy.source}>
        {policy.sourceUrl ? (
          <a href={policy.sourceUrl} className="text-brand-700 underline" rel="noopener noreferrer">
            {policy.sourceName}
          </a>
        ) : (
          <p>{policy.sourceName}</p>
        )}
      </Section>

      <SourcesSection locale={locale} sources={policy.sources} further />
      <VerificationSection locale={locale} verification={policy.verification} />

      <p className="mt-8">
        <Link href={localePath(locale, "/policies")} className="text-brand-700 underline">
          {t.policy.backToTimeline}
        </Link>
      </p>
      <ReportProblemLink locale={locale} kind="policy" slug={policy.slug} />
    </article>
  );
}
