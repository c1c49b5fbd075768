import { type Locale, getMessages, htmlLang } from "@/lib/i18n";
import type { OrganizationRegionDetail } from "@/lib/records/organizations";
import { Section } from "../section";

/** Where an organization works, each county with the city and province above it. */
export function OrganizationRegionsSection({
  locale,
  regions,
}: {
  locale: Locale;
  regions: OrganizationRegionDetail[];
}) {
  const o = getMessages(locale).records.organization;
  const separator = locale === "zh" ? "" : ", ";
  return (
    <Section id="regions" title={o.regionsHeading}>
      {regions.length ? (
        <ul className="list-disc space-y-1 pl-5">
          {regions.map((region) => (
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
  );
}
