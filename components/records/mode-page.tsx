import Link from "next/link";
import { countText } from "@/lib/i18n/plural";
import { ReportProblemLink } from "@/components/reports/report-links";
import { notFound } from "next/navigation";
import { type Locale, getMessages, localePath } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { getModeDetail } from "@/lib/records/modes";
import { organizationsHref } from "@/lib/records/results-link";
import { Breadcrumb } from "./breadcrumb";
import { OrganizationLink } from "./organization-link";
import { type SlugRouteProps, recordMetadata } from "./page-metadata";
import { ProvinceGroups } from "./province-groups";
import { ScaleText } from "./scale-text";
import { Section } from "./section";
import { ModeEvidence } from "./mode-evidence";
import { SourcesSection } from "./sources-section";
import { VerificationSection } from "./verification-section";

export async function modeMetadata(locale: Locale, { params }: SlugRouteProps) {
  const { slug } = await params;
  const mode = await getModeDetail(slug, locale);
  if (!mode) return {};
  return recordMetadata(locale, `/modes/${mode.slug}`, mode.name, mode.summary);
}

export async function ModePage({ locale, params }: { locale: Locale } & SlugRouteProps) {
  const { slug } = await params;
  const mode = await getModeDetail(slug, locale);
  if (!mode) notFound();
  const t = getMessages(locale).records;

  return (
    <article>
      <Breadcrumb locale={locale} trail={[{ href: "/modes", label: t.modes.title }, { label: mode.name }]} />
      <h1 className="text-3xl font-bold">{mode.name}</h1>
      <p className="mt-3 max-w-3xl text-lg text-stone-700">{mode.summary}</p>
      <p className="mt-4">
        <Link
          href={organizationsHref(locale, { mode: mode.slug })}
          className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white"
          data-results-link
        >
          {t.mode.seeAll}
        </Link>
      </p>

      <Section id="description" title={t.mode.descriptionHeading}>
        <p className="max-w-3xl whitespace-pre-line leading-relaxed">{mode.description}</p>
      </Section>

      <ModeEvidence locale={locale} evidence={mode.evidence} />

      <Section id="needs" title={t.mode.needsHeading}>
        {mode.needs.length ? (
          <ul className="space-y-3">
            {mode.needs.map((need) => (
              <li key={need.slug}>
                <Link href={localePath(locale, `/needs/${need.slug}`)} className="font-medium text-brand-700 underline">
                  {need.name}
                </Link>
                <p className="text-stone-700">{need.how}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">{t.mode.noNeeds}</p>
        )}
      </Section>

      <Section id="organizations" title={t.mode.organizationsHeading}>
        {mode.organizationCount ? (
          <>
            <p className="mb-4 text-stone-700">
              {fill(t.mode.organizationsSummary, {
                organizations: countText(locale, t.mode.organizationTotal, mode.organizationCount),
                provinces: countText(locale, t.mode.provinceTotal, mode.provinces.length),
              })}
            </p>
            <ProvinceGroups
              locale={locale}
              groups={mode.provinces}
              countLabel={t.mode.provinceCount}
              provinceLink={(group) => ({
                href: organizationsHref(locale, { mode: mode.slug, region: group.code }),
                label: fill(t.need.seeProvince, { province: group.name }),
              })}
              renderItem={(organization) => (
                <>
                  <OrganizationLink locale={locale} organization={organization} />
                  <span className="block text-sm text-stone-600">
                    {t.organizationType[organization.type]} · <ScaleText locale={locale} scale={organization} />
                  </span>
                </>
              )}
            />
          </>
        ) : (
          <p className="rounded border border-amber-200 bg-amber-50 p-3 text-amber-900">{t.mode.noOrganizations}</p>
        )}
      </Section>
      <SourcesSection locale={locale} sources={mode.sources} />
      <VerificationSection locale={locale} verification={mode.verification} />
      <ReportProblemLink locale={locale} kind="mode" slug={mode.slug} />
    </article>
  );
}
