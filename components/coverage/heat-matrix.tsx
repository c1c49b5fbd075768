import { countText } from "@/lib/i18n/plural";
import type { CoverageCell, CoverageColumn, CoverageMatrix } from "@/lib/coverage/matrix";
import { day } from "@/lib/coverage/names";
import { nameIn } from "@/lib/records/localize";
import { organizationsHref } from "@/lib/records/results-link";
import type { CoverageQuery } from "@/lib/coverage/params";
import { fill } from "@/lib/i18n/fill";
import { type Locale, formatNumber, getMessages } from "@/lib/i18n";
import { formatDensity, heatLevel } from "./cell-style";
import { MatrixBody } from "./matrix-body";
import { type MatrixRow, REGION_MARK } from "./client-props";

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
          <MatrixBody {...matrixRows(locale, matrix)} columns={matrix.columns.map((c) => c.code)} />
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
        <a href={viewHref({ region: column.code })}>
          <span id={id}>{name}</span>
          <span className="sr-only">{t.drillIntoRest}</span>
        </a>
      ) : (
        <span id={id}>{name}</span>
      )}
      {anyFigures && (
        <small>
          {column.figure
            ? fill(t.children, { value: formatNumber(locale, column.figure.value), year: column.figure.year })
            : t.noFigure}
          {column.figure?.isSample && (
            <span className="ml-1 rounded bg-amber-100 px-1 text-amber-950">{t.sampleFigure}</span>
          )}
        </small>
      )}
    </th>
  );
}

/** The matrix's rows and the table of the texts their cells show (see MatrixBody). */
function matrixRows(locale: Locale, matrix: CoverageMatrix): { rows: MatrixRow[]; texts: string[] } {
  const t = getMessages(locale).coverage;
  const texts: string[] = [];
  const indexes = new Map<string, number>();
  const indexOf = (text: string) => {
    let index = indexes.get(text);
    if (index === undefined) {
      index = texts.push(text) - 1;
      indexes.set(text, index);
    }
    return index;
  };
  const rows = matrix.needs.map((need, i) => ({
    name: nameIn(locale, need),
    policyLine: need.policies.length
      ? countText(locale, t.matrix.policyCover, need.policies.length)
      : t.matrix.noPolicyCover,
    noPolicy: need.policies.length === 0,
    href: organizationsHref(locale, { need: need.slug, region: REGION_MARK }),
    cells: matrix.cells[i]!.map((cell) => [
      heatLevel(cell.organizations),
      ...cellTexts(locale, cell)
        .filter((text, k) => k === 0 || text)
        .map(indexOf),
    ]),
  }));
  return { rows, texts };
}

/** One cell's texts: count (or gap), then its class and density, its modes and its review dates. */
function cellTexts(locale: Locale, cell: CoverageCell): string[] {
  const t = getMessages(locale).coverage;
  const reviewed =
    cell.newestReview && cell.oldestReview
      ? day(cell.newestReview) === day(cell.oldestReview)
        ? fill(t.matrix.reviewedOne, { date: day(cell.newestReview) })
        : fill(t.matrix.reviewed, { oldest: day(cell.oldestReview), newest: day(cell.newestReview) })
      : "";
  const modes = cell.modes
    .map((m) => `${nameIn(locale, m)} ${formatNumber(locale, m.organizations)}`)
    .join(t.matrix.modeSeparator);
  const density =
    cell.per10k === null
      ? ""
      : `${t.matrix.modeSeparator}${fill(t.matrix.per10k, { value: formatDensity(locale, cell.per10k) })}`;
  return [
    cell.organizations > 0 ? formatNumber(locale, cell.organizations) : t.matrix.empty,
    `${t.classes.short[cell.coverageClass]}${density}`,
    modes,
    reviewed,
  ];
}
