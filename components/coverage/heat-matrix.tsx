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
    <section className="mt-8">
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
        <table className="heat-matrix border-separate border-spacing-0 text-sm" data-testid="coverage-matrix">
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
              {matrix.columns.map((column, j) => (
                <ColumnHeader
                  key={column.code}
                  id={`c${j}`}
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
                <NeedHeader locale={locale} need={need} id={`n${i}`} />
                {matrix.cells[i]!.map((cell, j) => (
                  <MatrixCell
                    key={cell.regionCode}
                    locale={locale}
                    cell={cell}
                    id={`x${i}-${j}`}
                    context={`n${i} c${j}`}
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
  id,
  locale,
  column,
  viewHref,
  anyFigures,
}: {
  id: string;
  locale: Locale;
  column: CoverageColumn;
  viewHref: ViewHref;
  anyFigures: boolean;
}) {
  const t = getMessages(locale).coverage.matrix;
  const name = nameIn(locale, column);
  return (
    // Styled from app/globals.css (.heat-matrix), and a plain link: the national view has a header per province.
    <th scope="col">
      {column.drillable ? (
        <a href={viewHref({ region: column.code })} aria-label={fill(t.drillInto, { region: name })}>
          <span id={id}>{name}</span>
        </a>
      ) : (
        <span id={id}>{name}</span>
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

function NeedHeader({ locale, need, id }: { locale: Locale; need: CoverageNeed; id: string }) {
  const t = getMessages(locale).coverage.matrix;
  return (
    <th
      scope="row"
      className="sticky left-0 z-10 border-b border-stone-200 bg-white p-2 text-left align-top font-semibold"
    >
      <span id={id}>{nameIn(locale, need)}</span>
      <span className={`mt-1 block text-xs font-normal ${need.policies.length ? "text-stone-600" : "text-red-800"}`}>
        {need.policies.length ? countText(locale, t.policyCover, need.policies.length) : t.noPolicyCover}
      </span>
    </th>
  );
}

/**
 * One cell: count (or gap), class, density and review date. Its link is named by the row's need, the column's
 * region and then its own visible text (aria-labelledby to the headers' ids), so the name says what it shows
 * without repeating the names in every cell's markup.
 */
function MatrixCell({
  locale,
  cell,
  id,
  context,
}: {
  locale: Locale;
  cell: CoverageCell;
  id: string;
  context: string;
}) {
  const t = getMessages(locale).coverage;
  const reviewed =
    cell.newestReview && cell.oldestReview
      ? day(cell.newestReview) === day(cell.oldestReview)
        ? fill(t.matrix.reviewedOne, { date: day(cell.newestReview) })
        : fill(t.matrix.reviewed, { oldest: day(cell.oldestReview), newest: day(cell.newestReview) })
      : null;
  const modes = cell.modes
    .map((m) => `${nameIn(locale, m)} ${formatNumber(locale, m.organizations)}`)
    .join(t.matrix.modeSeparator);
  return (
    // A plain link, not next/link: a few hundred client components would each cost the page hydration and bytes.
    <td>
      <a
        href={organizationsHref(locale, { need: cell.needSlug, region: cell.regionCode })}
        id={id}
        aria-labelledby={`${context} ${id}`}
        className={`heat-cell ${heatClass(cell.organizations)}`}
      >
        <b>{cell.organizations > 0 ? formatNumber(locale, cell.organizations) : t.matrix.empty}</b>
        <small>
          {t.classes.short[cell.coverageClass]}
          {cell.per10k !== null &&
            `${t.matrix.modeSeparator}${fill(t.matrix.per10k, { value: formatDensity(locale, cell.per10k) })}`}
        </small>
        {modes && <small>{modes}</small>}
        {reviewed && <small>{reviewed}</small>}
      </a>
    </td>
  );
}
