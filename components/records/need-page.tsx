import Link from "next/link";
import { countText } from "@/lib/i18n/plural";
import { ReportProblemLink } from "@/components/reports/report-links";
import { notFound } from "next/navigation";
import { type Locale, formatNumber, getMessages, htmlLang, localePath } from "@/lib/i18n";
import { jsonLdText, needJsonLd } from "@/lib/opendata/json-ld";
import { absoluteUrl } from "@/lib/site/origin";
import { fill } from "@/lib/i18n/fill";
import { getNeedDetail } from "@/lib/records/needs";
import { organizationsHref } from "@/lib/records/results-link";
import { Breadcrumb } from "./breadcrumb";
import { OrganizationLink } from "./organization-link";
import { type SlugRouteProps, recordMetadata } from "./page-metadata";
import { ProvinceGroups } from "./province-groups";
import { Section } from "./section";

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
  const n = (value: number) => formatNumber(locale, value);

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

      <Section id="policies" title={t.need.policiesHeading}>
        {need.policies.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {need.policies.map((policy) => (
              <li key={policy.slug}>
                <Link href={localePath(locale, `/policies/${policy.slug}`)} className="text-brand-700 underline">
                  {policy.title}
                </Link>{" "}
                <span className="text-stone-600">({policy.year ?? t.policies.yearUnknown})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">{t.need.noPolicies}</p>
        )}
      </Section>

      <Section id="modes" title={t.need.modesHeading}>
        {need.modes.length ? (
          <ul className="space-y-3">
            {need.modes.map((mode) => (
              <li key={mode.slug}>
                <Link href={localePath(locale, `/modes/${mode.slug}`)} className="font-medium text-brand-700 underline">
                  {mode.name}
                </Link>
                <p className="text-stone-700">{mode.how}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">{t.need.noModes}</p>
        )}
      </Section>

      <Section id="organizations" title={t.need.organizationsHeading}>
        {need.organizationCount ? (
          <>
            <p className="mb-4 text-stone-700">
              {fill(t.need.organizationsSummary, {
                organizations: countText(locale, t.need.organizationTotal, need.organizationCount),
                provinces: countText(locale, t.need.provinceTotal, need.provinces.length),
              })}
            </p>
            <ProvinceGroups
              locale={locale}
              groups={need.provinces}
              countLabel={t.need.provinceCount}
              provinceLink={(group) => ({
                href: organizationsHref(locale, { need: need.slug, region: group.code }),
                label: fill(t.need.seeProvince, { province: group.name }),
              })}
              renderItem={(organization) => (
                <>
                  <OrganizationLink locale={locale} organization={organization} />
                  <span className="block text-sm text-stone-600">
                    {t.organizationType[organization.type]} ·{" "}
                    {fill(t.need.throughModes, {
                      modes: organization.throughModes.join(locale === "zh" ? "、" : ", "),
                    })}
                  </span>
                </>
              )}
            />
          </>
        ) : (
          <p className="rounded border border-amber-200 bg-amber-50 p-3 text-amber-900">{t.need.noOrganizations}</p>
        )}
      </Section>

      <Section id="gaps" title={t.need.gapsHeading}>
        {need.provincesWithout.length ? (
          <div data-gaps={need.provincesWithout.length}>
            <p>
              {countText(locale, t.need.gapsSummary, need.provincesWithout.length, {
                total: n(need.provincesWithOrganizations),
              })}
            </p>
            <ul className="mt-2 flex flex-wrap gap-2">
              {need.provincesWithout.map((province) => (
                <li
                  key={province.code}
                  className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-900"
                >
                  {province.name}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p data-gaps={0}>{countText(locale, t.need.noGaps, need.provincesWithOrganizations)}</p>
        )}
      </Section>
      <ReportProblemLink locale={locale} kind="need" slug={need.slug} />
    </article>
  );
}
