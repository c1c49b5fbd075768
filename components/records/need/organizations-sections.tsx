import { countText } from "@/lib/i18n/plural";
import { type Locale, formatNumber, getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import type { NeedDetail } from "@/lib/records/needs";
import { organizationsHref } from "@/lib/records/results-link";
import { OrganizationLink } from "../organization-link";
import { ProvinceGroups } from "../province-groups";
import { Section } from "../section";

/** The organizations that meet a need, grouped by province, with the modes they meet it through. */
export function NeedOrganizationsSection({ locale, need }: { locale: Locale; need: NeedDetail }) {
  const t = getMessages(locale).records;
  return (
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
  );
}

/** The provinces where no listed organization meets a need. */
export function NeedGapsSection({ locale, need }: { locale: Locale; need: NeedDetail }) {
  const t = getMessages(locale).records;
  const n = (value: number) => formatNumber(locale, value);
  return (
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
  );
}
