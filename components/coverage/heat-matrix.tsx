import Link from "next/link";
import { countText } from "@/lib/i18n/plural";
import type { CoverageCell, CoverageColumn, CoverageMatrix, CoverageNeed } from "@/lib/coverage/matrix";
import { day } from "@/lib/coverage/names";
import { nameIn } from "@/lib/records/localize";
import { organizationsHref } from "@/lib/records/results-link";
import type { CoverageQuery } from "@/lib/coverage/params";
import { fill } from "@/lib/i18n/fill";
import { type Locale, formatNumber, getMessages } from "@/lib/i18n";
import { formatDensity, heatClass } from "./cell-style";

type ViewHref = (change: Partial<CoverageQuery>) => string;

/** The need × region heat map: an HTML table, so that it reads as a table to assistive technology. */
export function HeatMatrix({
  locale,
  matrix,
  viewHref,
  scopeName,
}: {
  locale: Locale;
  matrix: CoverageMatrix;
  viewHref: ViewHref;
  scopeName: string;
}) {
  const t = getMessages(locale).coverage;
  const level = t.columnLevel[matrix.columnLevel];
  const anyFigures = matrix.columns.some((c) => c.figure);
  return (
    <section aria-labelledby="matrix-heading" className="mt-8">
      <h2 id="matrix-heading" className="text-xl font-semibold">
        {t.matrix.heading}
      </h2>
      <p className="mt-1 text-sm text-stone-600">{t.matrix.scrollHint}</p>
      <div
        className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white"
        role="region"
        aria-labelledby="matrix-heading"
        tabIndex={0}
      >
        <table className="border-separate border-spacing-0 text-sm" data-testid="coverage-matrix">
          <caption className="p-3 text-left text-sm text-stone-700">
            {fill(t.matrix.caption, { region: scopeName, level })}
          </caption>
          <thead>
            <tr>
              <th
                scope="col"
                className="sticky left-0 z-10 min-w-32 border-b border-stone-200 bg-stone-100 p-2 text-left"
              >
                {t.matrix.needColumn}
              </th>
              {matrix.columns.map((column) => (
                <ColumnHeader
                  key={column.code}
                  locale={locale}
                  column={column}
                  viewHref={viewHref}
                  anyFigures={anyFigures}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.needs.map((need, i) => (
              <tr key={need.slug}>
                <NeedHeader locale={locale} need={need} />
                {matrix.cells[i]!.map((cell, j) => (
                  <MatrixCell
                    key={cell.regionCode}
                    locale={locale}
                    cell={cell}
                    need={need}
                    column={matrix.columns[j]!}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ColumnHeader({
  locale,
  column,
  viewHref,
  anyFigures,
}: {
  locale: Locale;
  column: CoverageColumn;
  viewHref: ViewHref;
  anyFigures: boolean;
}) {
  const t = getMessages(locale).coverage.matrix;
  const name = nameIn(locale, column);
  return (
    <th
      scope="col"
      className="min-w-28 border-b border-l border-stone-200 bg-stone-100 p-2 text-left align-bottom font-semibold"
    >
      {column.drillable ? (
        <Link
          href={viewHref({ region: column.code })}
          className="text-brand-700 underline"
          aria-label={fill(t.drillInto, { region: name })}
        >
          {name}
        </Link>
      ) : (
        name
      )}
      {anyFigures && (
        <span className="mt-1 block text-xs font-normal text-stone-600">
          {column.figure
            ? fill(t.children, { value: formatNumber(locale, column.figure.value), year: column.figure.year })
            : t.noFigure}
          {column.figure?.isSample && (
            <span className="ml-1 rounded bg-amber-100 px-1 text-amber-950">{t.sampleFigure}</span>
          )}
        </span>
      )}
    </th>
  );
}

function NeedHeader({ locale, need }: { locale: Locale; need: CoverageNeed }) {
  const t = getMessages(locale).coverage.matrix;
  return (
    <th
      scope="row"
      className="sticky left-0 z-10 border-b border-stone-200 bg-white p-2 text-left align-top font-semibold"
    >
      {nameIn(locale, need)}
      <span className={`mt-1 block text-xs font-normal ${need.policies.length ? "text-stone-600" : "text-red-800"}`}>
        {need.policies.length ? countText(locale, t.policyCover, need.policies.length) : t.noPolicyCover}
      </span>
    </th>
  );
}

function MatrixCell({
  locale,
  cell,
  need,
  column,
}: {
  locale: Locale;
  cell: CoverageCell;
  need: CoverageNeed;
  column: CoverageColumn;
}) {
  const t = getMessages(locale).coverage;
  // The link's name is its visible text (count or gap, class, figures, modes, review date) after the cell's
  // need and region, which only a screen reader needs.
  const context = fill(t.matrix.cellContext, { need: nameIn(locale, need), region: nameIn(locale, column) });
  const reviewed =
    cell.newestReview && cell.oldestReview
      ? day(cell.newestReview) === day(cell.oldestReview)
        ? fill(t.matrix.reviewedOne, { date: day(cell.newestReview) })
        : fill(t.matrix.reviewed, { oldest: day(cell.oldestReview), newest: day(cell.newestReview) })
      : null;
  return (
    <td
      className="border-b border-l border-stone-200 p-0 align-top"
      data-class={cell.coverageClass}
      data-need={cell.needSlug}
      data-region={cell.regionCode}
      data-count={cell.organizations}
    >
      <Link
        href={organizationsHref(locale, { need: cell.needSlug, region: cell.regionCode })}
        className={`relative block h-full min-h-20 p-2 text-stone-900 hover:brightness-95 ${heatClass(cell.organizations)}`}
      >
        <span className="sr-only">{context}</span>
        <span className="block text-lg font-bold">
          {cell.organizations > 0 ? formatNumber(locale, cell.organizations) : t.matrix.empty}
        </span>
        <span className="block text-xs">{t.classes.short[cell.coverageClass]}</span>
        {cell.per10k !== null && (
          <span className="block text-xs">{fill(t.matrix.per10k, { value: formatDensity(locale, cell.per10k) })}</span>
        )}
        {cell.modes.length > 0 && (
          <span className="mt-1 block text-xs leading-snug">
            {cell.modes.map((m) => (
              <span key={m.slug} className="block">
                {nameIn(locale, m)} {formatNumber(locale, m.organizations)}
              </span>
            ))}
          </span>
        )}
        {reviewed && <span className="mt-1 block text-[11px] text-stone-700">{reviewed}</span>}
      </Link>
    </td>
  );
}
