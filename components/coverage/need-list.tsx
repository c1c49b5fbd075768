import Link from "next/link";
import { countText } from "@/lib/i18n/plural";
import type { CoverageMatrix } from "@/lib/coverage/matrix";
import { day } from "@/lib/coverage/names";
import { nameIn } from "@/lib/records/localize";
import { organizationsHref } from "@/lib/records/results-link";
import type { CoverageQuery } from "@/lib/coverage/params";
import { fill } from "@/lib/i18n/fill";
import { type Locale, getMessages } from "@/lib/i18n";
import { formatDensity, heatClass } from "./cell-style";

type ViewHref = (change: Partial<CoverageQuery>) => string;

/**
 * The phone layout of the matrix: one need at a time, its regions as a list that wraps full names. Each row
 * leads to the organizations for that need there, and into the region's own view where it has one.
 */
export function NeedList({
  locale,
  matrix,
  focus,
  viewHref,
}: {
  locale: Locale;
  matrix: CoverageMatrix;
  focus: string | undefined;
  viewHref: ViewHref;
}) {
  const t = getMessages(locale).coverage;
  const shown = Math.max(
    0,
    matrix.needs.findIndex((n) => n.slug === focus),
  );
  const need = matrix.needs[shown]!;
  return (
    <section className="mt-8" data-testid="coverage-list">
      <h2 className="text-xl font-semibold">{t.list.heading}</h2>
      <p className="mt-1 text-sm text-stone-700">{t.list.pick}</p>
      <ul className="mt-3 flex flex-col gap-1" data-testid="need-picker">
        {matrix.needs.map((n, i) => {
          const summary = matrix.needSummaries[i]!;
          return (
            <li key={n.slug}>
              <Link
                href={viewHref({ focus: n.slug, layout: "list" })}
                aria-current={i === shown ? "true" : undefined}
                className={`block rounded border px-3 py-2 text-sm ${i === shown ? "border-brand-700 bg-brand-50 font-semibold" : "border-stone-200 bg-white text-brand-700 underline"}`}
              >
                {nameIn(locale, n)}
                <span className="block text-xs font-normal text-stone-700">
                  {fill(t.list.needLine, {
                    organizations: countText(locale, t.matrix.organizations, summary.organizations),
                    empty: countText(locale, t.regionCount, summary.regionsEmpty),
                  })}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <h3 className="mt-6 text-lg font-semibold">{nameIn(locale, need)}</h3>
      <p className={`text-sm ${need.policies.length ? "text-stone-700" : "text-red-800"}`}>
        {need.policies.length ? countText(locale, t.matrix.policyCover, need.policies.length) : t.matrix.noPolicyCover}
      </p>
      <ol className="mt-3 flex flex-col gap-2" data-testid="region-list">
        {matrix.columns.map((column, j) => {
          const cell = matrix.cells[shown]![j]!;
          const name = nameIn(locale, column);
          const reviewed = cell.newestReview ? fill(t.matrix.reviewedOne, { date: day(cell.newestReview) }) : null;
          return (
            <li
              key={column.code}
              className={`rounded p-3 ${heatClass(cell.organizations)}`}
              data-region={column.code}
              data-count={cell.organizations}
              data-class={cell.coverageClass}
            >
              <Link
                href={organizationsHref(locale, { need: cell.needSlug, region: cell.regionCode })}
                className="block text-stone-900"
              >
                <span className="font-semibold underline">{name}</span>
                {" · "}
                {cell.organizations > 0
                  ? countText(locale, t.matrix.organizations, cell.organizations)
                  : t.matrix.empty}
                <span className="block text-xs">
                  {t.classes.short[cell.coverageClass]}
                  {cell.per10k !== null && ` · ${fill(t.matrix.per10k, { value: formatDensity(locale, cell.per10k) })}`}
                  {reviewed && ` · ${reviewed}`}
                </span>
              </Link>
              {column.drillable && (
                <Link
                  href={viewHref({ region: column.code })}
                  className="mt-1 inline-block text-sm text-stone-900 underline"
                >
                  {fill(t.matrix.drillInto, { region: name })}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
