import { type Locale, formatNumber, getMessages, localePath } from "@/lib/i18n";
import { OrganizationType } from "@/lib/generated/prisma/enums";
import type { FacetCounts } from "@/lib/search/facets";
import { regionLabel, resultsHref } from "@/lib/search/describe";
import { nameIn } from "@/lib/records/localize";
import type { ResolvedSearch } from "@/lib/search/resolve";
import { matchModes, sortOrders, verifiedValue } from "@/lib/search/params";
import { FilterFormEnhancer } from "./filter-form-enhancer";
import { fill } from "@/lib/i18n/fill";

const FORM_ID = "organization-filters";
/** The results list (or empty state): the skip link's target, busy while new results load. */
export const RESULTS_ID = "results";

function Count({ locale, value }: { locale: Locale; value: number }) {
  return <span className="ml-auto pl-2 text-xs tabular-nums text-stone-500">{formatNumber(locale, value)}</span>;
}

function Legend({ children }: { children: React.ReactNode }) {
  return <legend className="mb-1 text-sm font-semibold text-stone-800">{children}</legend>;
}

const checkbox = "h-4 w-4 shrink-0 accent-brand-700";
const row = "flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-stone-100";

/** The filters as a plain GET form: works without JavaScript; with it, applying keeps focus and skips the reload. */
export function FilterForm({
  locale,
  search,
  facets,
}: {
  locale: Locale;
  search: ResolvedSearch;
  facets: FacetCounts;
}) {
  const t = getMessages(locale);
  const s = t.search;
  const p = search.params;
  const current = search.regionPath.at(-1);
  const province = search.regionPath[0];
  return (
    <form
      id={FORM_ID}
      method="get"
      action={localePath(locale, "/organizations")}
      className="space-y-5"
      aria-label={s.filters}
    >
      <div>
        <label htmlFor="filter-q" className="mb-1 block text-sm font-semibold text-stone-800">
          {s.text}
        </label>
        <div className="flex gap-2">
          <input
            id="filter-q"
            type="search"
            name="q"
            defaultValue={p.q}
            placeholder={s.textPlaceholder}
            maxLength={100}
            className="w-full rounded border border-stone-300 px-2 py-1.5 text-sm"
          />
        </div>
      </div>

      <fieldset>
        <Legend>{s.needs}</Legend>
        <p className="mb-1 text-xs text-stone-500">{s.needsHint}</p>
        {search.needs.map((need) => (
          <label key={need.slug} className={row}>
            <input
              type="checkbox"
              name="need"
              value={need.slug}
              defaultChecked={p.needs.includes(need.slug)}
              className={checkbox}
            />
            <span>{nameIn(locale, need)}</span>
            <Count locale={locale} value={facets.needs.get(need.id) ?? 0} />
          </label>
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

      <div>
        <label htmlFor="filter-region" className="mb-1 block text-sm font-semibold text-stone-800">
          {s.region}
        </label>
        <select
          id="filter-region"
          name="region"
          defaultValue={p.region ?? ""}
          className="w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm"
        >
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

      <fieldset>
        <Legend>{s.modes}</Legend>
        {search.modes.map((mode) => (
          <label key={mode.slug} className={row}>
            <input
              type="checkbox"
              name="mode"
              value={mode.slug}
              defaultChecked={p.modes.includes(mode.slug)}
              className={checkbox}
            />
            <span>{nameIn(locale, mode)}</span>
            <Count locale={locale} value={facets.modes.get(mode.id) ?? 0} />
          </label>
        ))}
      </fieldset>

      <fieldset>
        <Legend>{s.types}</Legend>
        {Object.values(OrganizationType).map((type) => (
          <label key={type} className={row}>
            <input
              type="checkbox"
              name="type"
              value={type}
              defaultChecked={p.types.includes(type)}
              className={checkbox}
            />
            <span>{t.records.organizationType[type]}</span>
            <Count locale={locale} value={facets.types.get(type) ?? 0} />
          </label>
        ))}
      </fieldset>

      <fieldset>
        <Legend>{s.donations}</Legend>
        <label className={row}>
          <input type="checkbox" name="donations" value="1" defaultChecked={p.donations} className={checkbox} />
          <span>{s.donationsOnly}</span>
          <Count locale={locale} value={facets.donations} />
        </label>
      </fieldset>

      <fieldset>
        <Legend>{s.trust}</Legend>
        {(["recognised", "fundraising", "verified"] as const).map((key) => (
          <label key={key} className={row}>
            <input
              type="checkbox"
              name={key}
              value={key === "verified" ? verifiedValue : "1"}
              defaultChecked={p[key]}
              className={checkbox}
            />
            <span>{s[`${key}Only`]}</span>
            <Count locale={locale} value={facets[key]} />
          </label>
        ))}
      </fieldset>

      <div>
        <label htmlFor="filter-sort" className="mb-1 block text-sm font-semibold text-stone-800">
          {s.sort}
        </label>
        <select
          id="filter-sort"
          name="sort"
          defaultValue={p.sort}
          className="w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm"
        >
          {sortOrders.map((sort) => (
            <option key={sort} value={sort}>
              {s.sortOptions[sort]}
            </option>
          ))}
        </select>
      </div>

      {/* Not sticky: a bar pinned to the viewport's bottom covered the controls above it (focus and targets obscured). */}
      <div className="py-2">
        <button
          type="submit"
          className="w-full rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          {s.apply}
        </button>
      </div>
      <FilterFormEnhancer formId={FORM_ID} busyId={RESULTS_ID} />
    </form>
  );
}
