import { getMessages } from "@/lib/i18n";
import { OrganizationType } from "@/lib/generated/prisma/enums";
import { nameIn } from "@/lib/records/localize";
import { matchModes } from "@/lib/search/params";
import { CheckOption, type FilterSectionProps, Legend, checkbox, row } from "./filter-form-parts";

/** The needs, with how several chosen ones combine. */
export function NeedFilters({ locale, search, facets }: FilterSectionProps) {
  const s = getMessages(locale).search;
  const p = search.params;
  return (
    <>
      <fieldset>
        <Legend>{s.needs}</Legend>
        <p className="mb-1 text-xs text-stone-500">{s.needsHint}</p>
        {search.needs.map((need) => (
          <CheckOption
            key={need.slug}
            locale={locale}
            name="need"
            value={need.slug}
            checked={p.needs.includes(need.slug)}
            label={nameIn(locale, need)}
            count={facets.needs.get(need.id) ?? 0}
          />
        ))}
      </fieldset>

      <fieldset>
        <Legend>{s.match}</Legend>
        {matchModes.map((value) => (
          <label key={value} className={row}>
            <input type="radio" name="match" value={value} defaultChecked={p.match === value} className={checkbox} />
            <span>{value === "any" ? s.matchAny : s.matchAll}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}

/** The intervention modes and the kinds of organization. */
export function ModeAndTypeFilters({ locale, search, facets }: FilterSectionProps) {
  const t = getMessages(locale);
  const p = search.params;
  return (
    <>
      <fieldset>
        <Legend>{t.search.modes}</Legend>
        {search.modes.map((mode) => (
          <CheckOption
            key={mode.slug}
            locale={locale}
            name="mode"
            value={mode.slug}
            checked={p.modes.includes(mode.slug)}
            label={nameIn(locale, mode)}
            count={facets.modes.get(mode.id) ?? 0}
          />
        ))}
      </fieldset>

      <fieldset>
        <Legend>{t.search.types}</Legend>
        {Object.values(OrganizationType).map((type) => (
          <CheckOption
            key={type}
            locale={locale}
            name="type"
            value={type}
            checked={p.types.includes(type)}
            label={t.records.organizationType[type]}
            count={facets.types.get(type) ?? 0}
          />
        ))}
      </fieldset>
    </>
  );
}
