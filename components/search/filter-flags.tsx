import { getMessages } from "@/lib/i18n";
import { verifiedValue } from "@/lib/search/params";
import { CheckOption, type FilterSectionProps, Legend } from "./filter-form-parts";

/** The yes/no filters: accepts donations, and the charity-law and verification signals. */
export function FlagFilters({ locale, search, facets }: FilterSectionProps) {
  const s = getMessages(locale).search;
  const p = search.params;
  return (
    <>
      <fieldset>
        <Legend>{s.donations}</Legend>
        <CheckOption
          locale={locale}
          name="donations"
          value="1"
          checked={p.donations}
          label={s.donationsOnly}
          count={facets.donations}
        />
      </fieldset>

      <fieldset>
        <Legend>{s.trust}</Legend>
        {(["recognised", "fundraising", "verified"] as const).map((key) => (
          <CheckOption
            key={key}
            locale={locale}
            name={key}
            value={key === "verified" ? verifiedValue : "1"}
            checked={p[key]}
            label={s[`${key}Only`]}
            count={facets[key]}
          />
        ))}
      </fieldset>
    </>
  );
}
