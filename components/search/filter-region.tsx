import { formatNumber, getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { nameIn } from "@/lib/records/localize";
import { regionLabel, resultsHref } from "@/lib/search/describe";
import { type FilterSectionProps, fieldLabel, selectBox } from "./filter-form-parts";

/** The region: a province list with counts, the way down into the chosen region, and back up to its province. */
export function RegionFilter({ locale, search, facets }: FilterSectionProps) {
  const s = getMessages(locale).search;
  const p = search.params;
  const current = search.regionPath.at(-1);
  const province = search.regionPath[0];
  return (
    <div>
      <label htmlFor="filter-region" className={fieldLabel}>
        {s.region}
      </label>
      <select id="filter-region" name="region" defaultValue={p.region ?? ""} className={selectBox}>
        <option value="">{s.allRegions}</option>
        {current && current.level !== "PROVINCE" && (
          <option value={current.code}>{regionLabel(locale, search.regionPath)}</option>
        )}
        {search.provinces.map((region) => (
          <option key={region.code} value={region.code}>
            {nameIn(locale, region)} ({formatNumber(locale, facets.provinces.get(region.code) ?? 0)})
          </option>
        ))}
      </select>
      {current && facets.subregions.size > 0 && (
        <nav aria-label={fill(s.subregion, { name: nameIn(locale, current) })} className="mt-2">
          <p className="text-xs text-stone-500">{fill(s.subregion, { name: nameIn(locale, current) })}</p>
          <ul className="mt-1 flex flex-wrap gap-1">
            {[...facets.subregions.entries()]
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([code, count]) => (
                <li key={code}>
                  <a
                    href={resultsHref(locale, p, { region: code })}
                    className="inline-block rounded bg-stone-100 px-2 py-0.5 text-xs text-brand-800 hover:bg-brand-100"
                  >
                    {code in search.regionNames ? nameIn(locale, search.regionNames[code]!) : code} (
                    {formatNumber(locale, count)})
                  </a>
                </li>
              ))}
          </ul>
        </nav>
      )}
      {province && current && current.level !== "PROVINCE" && (
        <a
          href={resultsHref(locale, p, { region: province.code })}
          className="mt-1 inline-block text-xs text-brand-700 underline"
        >
          {fill(s.allOf, { name: nameIn(locale, province) })}
        </a>
      )}
    </div>
  );
}
