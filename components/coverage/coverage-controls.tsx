import Link from "next/link";
import type { CoverageMatrix } from "@/lib/coverage/matrix";
import { nameIn } from "@/lib/records/localize";
import { type CoverageQuery, columnSorts, coverageSearch } from "@/lib/coverage/params";
import { type Locale, getMessages, localePath } from "@/lib/i18n";

/** A plain GET form: the view lives in the URL, so it works without JavaScript and every view can be shared. */
export function CoverageControls({
  locale,
  query,
  matrix,
}: {
  locale: Locale;
  query: CoverageQuery;
  matrix: CoverageMatrix;
}) {
  const t = getMessages(locale).coverage.controls;
  const allNeeds = matrix.allNeeds;
  const chosen = new Set(query.need);
  return (
    <section
      aria-labelledby="coverage-controls-heading"
      className="mt-6 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="coverage-controls-heading" className="text-base font-semibold">
        {t.heading}
      </h2>
      <form method="get" action={localePath(locale, "/coverage")} className="mt-3 flex flex-col gap-4">
        {matrix.scope && <input type="hidden" name="region" value={matrix.scope.code} />}
        <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
          <label htmlFor="coverage-sort" className="text-sm font-medium">
            {t.sortLabel}
          </label>
          <select
            id="coverage-sort"
            name="sort"
            defaultValue={query.sort}
            className="rounded border border-stone-300 bg-white px-2 py-1.5 text-sm"
          >
            {columnSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t.sort[sort]}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className="text-sm font-medium">{t.needsLabel}</legend>
          <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
            {allNeeds.map((need) => (
              <label key={need.slug} className="flex items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  name="need"
                  value={need.slug}
                  defaultChecked={chosen.has(need.slug)}
                  className="size-4"
                />
                {nameIn(locale, need)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
          >
            {t.apply}
          </button>
          <Link
            href={localePath(locale, `/coverage${coverageSearch({ region: matrix.scope?.code })}`)}
            className="text-sm text-brand-700 underline"
          >
            {t.reset}
          </Link>
          <a
            href={localePath(locale, `/coverage/export${coverageSearch(query)}`)}
            className="text-sm text-brand-700 underline"
            download
          >
            {t.csv}
          </a>
        </div>
      </form>
    </section>
  );
}
