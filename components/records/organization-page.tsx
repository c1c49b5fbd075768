import { countText } from "@/lib/i18n/plural";
import { ReportProblemLink } from "@/components/reports/report-links";
import { organizationPreview } from "@/components/share/organization-metadata";
import { OrganizationShare } from "@/components/share/organization-share";
import { notFound } from "next/navigation";
import { type Locale, getMessages, htmlLang } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { jsonLdText, organizationJsonLd } from "@/lib/opendata/json-ld";
import { getOrganizationDetail } from "@/lib/records/organizations";
import { resultsFrom } from "@/lib/records/from-results";
import { Breadcrumb } from "./breadcrumb";
import { type SlugRouteProps, recordMetadata } from "./page-metadata";
import { SampleBadge } from "./sample-badge";
import { Section } from "./section";
import { FactList } from "./fact-list";
import { TrustBadges } from "./trust-badges";
import { OrganizationContactSection, OrganizationDonateSection } from "./organization/contact-sections";
import { OrganizationModesSection } from "./organization/modes-section";
import { OrganizationRegionsSection } from "./organization/regions-section";
import { TrustFacts } from "./organization/trust-facts";
import { SourcesSection } from "./sources-section";
import { VerificationSection } from "./verification-section";

export async function organizationMetadata(locale: Locale, { params }: SlugRouteProps) {
  const { slug } = await params;
  const organization = await getOrganizationDetail(slug, locale);
  if (!organization) return {};
  const t = getMessages(locale).records;
  const title = organization.isSample ? `${organization.name} (${t.sample.badge})` : organization.name;
  return {
    ...recordMetadata(locale, `/organizations/${organization.slug}`, title, organization.description),
    ...organizationPreview(locale, organization, title),
  };
}

export async function OrganizationPage({
  locale,
  params,
  searchParams,
}: { locale: Locale; searchParams: Promise<Record<string, string | string[] | undefined>> } & SlugRouteProps) {
  const { slug } = await params;
  const from = resultsFrom((await searchParams).from);
  const org = await getOrganizationDetail(slug, locale);
  if (!org) notFound();
  const t = getMessages(locale).records;
  const o = t.organization;
  const facts: [string, string][] = [
    [o.type, t.organizationType[org.type]],
    [o.foundedYear, org.foundedYear ? fill(o.foundedValue, { year: org.foundedYear }) : o.unknown],
    [
      o.childrenServed,
      org.childrenServed !== null ? countText(locale, o.childrenValue, org.childrenServed) : o.unknown,
    ],
    [o.staffCount, org.staffCount !== null ? countText(locale, o.staffValue, org.staffCount) : o.unknown],
    [o.registration, org.registration ?? o.unknown],
  ];

  return (
    <article>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdText(organizationJsonLd(org, htmlLang[locale])) }}
      />
      <Breadcrumb
        locale={locale}
        trail={[
          { href: "/organizations", label: o.breadcrumb },
          ...(from ? [{ href: `/organizations${from}`, label: o.backToResults }] : []),
          { label: org.name },
        ]}
      />
      <h1 className="flex flex-wrap items-center gap-3 text-3xl font-bold">
        <span>{org.name}</span>
        {org.isSample && <SampleBadge locale={locale} />}
      </h1>
      {org.isSample && (
        <p className="mt-3 max-w-3xl rounded border border-amber-300 bg-amber-50 p-3 text-amber-900" data-sample-note>
          {t.sample.organizationNote}
        </p>
      )}
      <p className="mt-2 text-stone-700">{t.organizationType[org.type]}</p>
      <div className="mt-2">
        <TrustBadges
          locale={locale}
          dates={org.trust}
          isSample={org.isSample}
          verifiedAt={org.verification.reviewedAt}
        />
      </div>
      <OrganizationShare locale={locale} slug={org.slug} title={org.name} />

      <Section id="description" title={o.descriptionHeading}>
        <p className="max-w-3xl whitespace-pre-line leading-relaxed">{org.description}</p>
      </Section>
      <OrganizationModesSection locale={locale} modes={org.modes} />
      <OrganizationRegionsSection locale={locale} regions={org.regions} />
      <Section id="facts" title={o.factsHeading}>
        <FactList facts={facts} />
      </Section>
      <TrustFacts locale={locale} org={org} />
      <OrganizationContactSection locale={locale} org={org} />
      <OrganizationDonateSection locale={locale} org={org} />
      <SourcesSection locale={locale} sources={org.sources} />
      <VerificationSection locale={locale} verification={org.verification} flagAge />
      <ReportProblemLink locale={locale} kind="organization" slug={org.slug} />
    </article>
  );
}
