import Link from "next/link";
import { countText } from "@/lib/i18n/plural";
import { ReportProblemLink } from "@/components/reports/report-links";
import { notFound } from "next/navigation";
import { type Locale, getMessages, htmlLang, localePath } from "@/lib/i18n";
import { jsonLdText, needJsonLd } from "@/lib/opendata/json-ld";
import { absoluteUrl } from "@/lib/site/origin";
import { getNeedDetail } from "@/lib/records/needs";
import { organizationsHref } from "@/lib/records/results-link";
import { Breadcrumb } from "./breadcrumb";
import { NeedGapsSection, NeedOrganizationsSection } from "./need/organizations-sections";
import { NeedModesSection, NeedPoliciesSection } from "./need/links-sections";
import { type SlugRouteProps, recordMetadata } from "./page-metadata";
import { Section } from "./section";
import { SourcesSection } from "./sources-section";
import { VerificationSection } from "./verification-section";

export async function needMetadata(locale: Locale, { params }: SlugRouteProps) {
  const { slug } = await params;
  const need = await getNeedDetail(slug, locale);
  if (!need) return {};
  return recordMetadata(locale, `/needs/${need.slug}`, need.name, need.summary);
}

export async function NeedPage({ locale, params }: { locale: Locale } & SlugRouteProps) {
  const { slug } = await params;
  const need = await getNeedDetail(slug, locale);
  if (!need) notFound();
  const t = getMessages(locale).records;

  return (
    <article>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: jsonLdText(
            needJsonLd(
              need,
              htmlLang[locale],
              absoluteUrl(localePath(locale, `/needs/${need.slug}`)),
              absoluteUrl(localePath(locale, "/needs")),
            ),
          ),
        }}
      />
      <Breadcrumb locale={locale} trail={[{ href: "/needs", label: t.needs.title }, { label: need.name }]} />
      <h1 className="text-3xl font-bold">{need.name}</h1>
      <p className="mt-3 max-w-3xl text-lg text-stone-700">{need.summary}</p>
      {need.organizationCount > 0 && (
        <p className="mt-4">
          <Link
            href={organizationsHref(locale, { need: need.slug })}
            className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white"
            data-results-link
          >
            {countText(locale, t.need.seeAll, need.organizationCount)}
          </Link>
        </p>
      )}

      <Section id="description" title={t.need.descriptionHeading}>
        <p className="max-w-3xl whitespace-pre-line leading-relaxed">{need.description}</p>
      </Section>

      <Section id="evidence" title={t.need.evidenceHeading}>
        {need.evidence ? (
          <p className="max-w-3xl whitespace-pre-line leading-relaxed">{need.evidence}</p>
        ) : (
          <p className="max-w-3xl text-amber-900" data-own-framing>
            {t.needs.ownFramingNote}
          </p>
        )}
      </Section>

      <NeedPoliciesSection locale={locale} policies={need.policies} />
      <NeedModesSection locale={locale} modes={need.modes} />
      <NeedOrganizationsSection locale={locale} need={need} />
      <NeedGapsSection locale={locale} need={need} />
      <SourcesSection locale={locale} sources={need.sources} />
      <VerificationSection locale={locale} verification={need.verification} />
      <ReportProblemLink locale={locale} kind="need" slug={need.slug} />
    </article>
  );
}
