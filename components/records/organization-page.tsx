import Link from "next/link";
import { countText } from "@/lib/i18n/plural";
import { ReportProblemLink } from "@/components/reports/report-links";
import { notFound } from "next/navigation";
import { type Locale, formatDate, getMessages, htmlLang, localePath } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { jsonLdText, organizationJsonLd } from "@/lib/opendata/json-ld";
import { getOrganizationDetail } from "@/lib/records/organizations";
import { isReviewStale } from "@/lib/records/review";
import { organizationsHref } from "@/lib/records/results-link";
import { Breadcrumb } from "./breadcrumb";
import { type SlugRouteProps, recordMetadata } from "./page-metadata";
import { SampleBadge } from "./sample-badge";
import { ScaleText } from "./scale-text";
import { Section } from "./section";
import { FactList } from "./fact-list";
import { TrustBadges } from "./trust-badges";
import { TrustFacts } from "./trust-facts";

export async function organizationMetadata(locale: Locale, { params }: SlugRouteProps) {
  const { slug } = await params;
  const organization = await getOrganizationDetail(slug, locale);
  if (!organization) return {};
  const t = getMessages(locale).records;
  const title = organization.isSample ? `${organization.name} (${t.sample.badge})` : organization.name;
  return recordMetadata(locale, `/organizations/${organization.slug}`, title, organization.description);
}

export async function OrganizationPage({ locale, params }: { locale: Locale } & SlugRouteProps) {
  const { slug } = await params;
  const org = await getOrganizationDetail(slug, locale);
  if (!org) notFound();
  const t = getMessages(locale).records;
  const o = t.organization;
  const separator = locale === "zh" ? "" : ", ";
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
  const contact = [
    org.website && { label: o.website, value: org.website, href: org.website },
    org.email && { label: o.email, value: org.email, href: `mailto:${org.email}` },
    org.phone && { label: o.phone, value: org.phone, href: `tel:${org.phone.replace(/[^\d+]/g, "")}` },
    org.address && { label: o.address, value: org.address },
  ].filter((item): item is { label: string; value: string; href?: string } => !!item);
  const stale = !org.isSample && isReviewStale(org.reviewedAt);

  return (
    <article>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdText(organizationJsonLd(org, htmlLang[locale])) }}
      />
      <Breadcrumb locale={locale} trail={[{ href: "/organizations", label: o.breadcrumb }, { label: org.name }]} />
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
        <TrustBadges locale={locale} dates={org.trust} isSample={org.isSample} />
      </div>

      <Section id="description" title={o.descriptionHeading}>
        <p className="max-w-3xl whitespace-pre-line leading-relaxed">{org.description}</p>
      </Section>

      <Section id="modes" title={o.modesHeading}>
        {org.modes.length ? (
          <>
            <p className="mb-3 max-w-3xl text-stone-700">{o.modesLead}</p>
            <ul className="space-y-4">
              {org.modes.map((mode) => (
                <li key={mode.slug} className="rounded-lg border border-stone-200 bg-white p-4" data-mode={mode.slug}>
                  <h3 className="font-semibold">
                    <Link href={localePath(locale, `/modes/${mode.slug}`)} className="text-brand-700 underline">
                      {mode.name}
                    </Link>
                  </h3>
                  <p className="text-sm text-stone-600">
                    <ScaleText locale={locale} scale={mode} />
                    {mode.sinceYear !== null && ` · ${fill(o.sinceYear, { year: mode.sinceYear })}`}
                  </p>
                  {mode.note && <p className="mt-1 text-stone-700">{mode.note}</p>}
                  {mode.needs.length > 0 && (
                    <>
                      <p className="mt-2 text-sm font-medium">{o.meetsNeeds}</p>
                      <ul className="mt-1 space-y-1">
                        {mode.needs.map((need) => (
                          <li key={need.slug}>
                            <Link href={localePath(locale, `/needs/${need.slug}`)} className="text-brand-700 underline">
                              {need.name}
                            </Link>
                            <span className="text-stone-700"> — {need.how}</span>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  <p className="mt-2 text-sm">
                    <Link href={organizationsHref(locale, { mode: mode.slug })} className="text-brand-700 underline">
                      {o.seeSimilar}
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="text-stone-600">{o.noModes}</p>
        )}
      </Section>

      <Section id="regions" title={o.regionsHeading}>
        {org.regions.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {org.regions.map((region) => (
              <li key={region.code} data-region={region.code}>
                {region.names.map((name, index) => (
                  <span key={index}>
                    {index > 0 && separator}
                    {/* Counties and cities have Chinese names only; mark them so screen readers switch voice. */}
                    <span lang={locale === "en" && name.chinese ? htmlLang.zh : undefined}>{name.text}</span>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">{o.noRegions}</p>
        )}
      </Section>

      <Section id="facts" title={o.factsHeading}>
        <FactList facts={facts} />
      </Section>

      <TrustFacts locale={locale} org={org} />

      <Section id="contact" title={o.contactHeading}>
        {contact.length ? (
          <dl className="grid max-w-3xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
            {contact.map((item) => (
              <div key={item.label} className="contents">
                <dt className="text-stone-600">{item.label}</dt>
                <dd className="break-all">
                  {item.href ? (
                    <a href={item.href} className="text-brand-700 underline" rel="noopener noreferrer">
                      {item.value}
                    </a>
                  ) : (
                    item.value
                  )}
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="text-stone-600">{o.noContact}</p>
        )}
      </Section>

      <Section id="donate" title={o.donateHeading}>
        <div data-donations={org.acceptsDonations ? "yes" : "no"}>
          <p>{org.acceptsDonations ? o.acceptsDonations : o.noDonations}</p>
          {org.acceptsDonations && org.donationInfo && (
            <p className="mt-1 max-w-3xl whitespace-pre-line text-stone-700">{org.donationInfo}</p>
          )}
        </div>
      </Section>

      <Section id="reviewed" title={o.reviewedHeading}>
        <p data-reviewed-stale={stale ? "yes" : "no"}>
          {org.isSample
            ? o.sampleNeverVerified
            : org.reviewedAt
              ? fill(o.reviewedAt, { date: formatDate(locale, org.reviewedAt) })
              : o.neverReviewed}
        </p>
        {stale && org.reviewedAt && (
          <p className="mt-1 rounded border border-amber-300 bg-amber-50 p-2 text-amber-900">{o.staleReview}</p>
        )}
      </Section>
      <ReportProblemLink locale={locale} kind="organization" slug={org.slug} />
    </article>
  );
}
