import { type Locale, getMessages, localePath } from "@/lib/i18n";
import type { FacetCounts } from "@/lib/search/facets";
import type { ResolvedSearch } from "@/lib/search/resolve";
import { sortOrders } from "@/lib/search/params";
import { ModeAndTypeFilters, NeedFilters } from "./filter-choices";
import { FilterFormEnhancer } from "./filter-form-enhancer";
import { fieldLabel, selectBox } from "./filter-form-parts";
import { FlagFilters } from "./filter-flags";
import { RegionFilter } from "./filter-region";

const FORM_ID = "organization-filters";
/** The results list (or empty state): the skip link's target, busy while new results load. */
export const RESULTS_ID = "results";

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
  const s = getMessages(locale).search;
  const p = search.params;
  const sections = { locale, search, facets };
  return (
    <form
      id={FORM_ID}
      method="get"
      action={localePath(locale, "/organizations")}
      className="space-y-5"
      aria-label={s.filters}
    >
      <div>
        <label htmlFor="filter-q" className={fieldLabel}>
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

      <NeedFilters {...sections} />
      <RegionFilter {...sections} />
      <ModeAndTypeFilters {...sections} />
      <FlagFilters {...sections} />

      <div>
        <label htmlFor="filter-sort" className={fieldLabel}>
          {s.sort}
        </label>
        <select id="filter-sort" name="sort" defaultValue={p.sort} className={selectBox}>
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
