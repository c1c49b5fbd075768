import Link from "next/link";
import type { CoverageMatrix } from "@/lib/coverage/matrix";
import { nameIn } from "@/lib/records/localize";
import type { CoverageQuery } from "@/lib/coverage/params";
import { fill } from "@/lib/i18n/fill";
import { type Locale, formatNumber, getMessages } from "@/lib/i18n";
import { formatDensity } from "./cell-style";

const th = "border-b border-stone-200 bg-stone-100 p-2 text-left font-semibold";
const td = "border-b border-stone-200 p-2 align-top";

/** Per need: which policies address it, how many organizations meet it, in how many regions. */
export function NeedSummaryTable({ locale, matrix }: { locale: Locale; matrix: CoverageMatrix }) {
  const t = getMessages(locale).coverage;
  const level = t.columnLevel[matrix.columnLevel];
  return (
    <section className="mt-8">
      <h2 id="need-summary-heading" className="text-xl font-semibold">
        {t.needSummary.heading}
      </h2>
      <div
        className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white"
        role="region"
        aria-labelledby="need-summary-heading"
        tabIndex={0}
      >
        <table className="w-full text-sm" data-testid="need-summary">
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t.needSummary.need}
              </th>
              <th scope="col" className={th}>
                {t.needSummary.policies}
              </th>
              <th scope="col" className={th}>
                {t.needSummary.organizations}
              </th>
              <th scope="col" className={th}>
                {fill(t.needSummary.served, { level })}
              </th>
              <th scope="col" className={th}>
                {fill(t.needSummary.empty, { level })}
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.needs.map((need, i) => {
              const summary = matrix.needSummaries[i]!;
              return (
                <tr key={need.slug} data-need={need.slug}>
                  <th scope="row" className={`${td} text-left font-medium`}>
                    {nameIn(locale, need)}
                  </th>
                  <td className={td}>
                    {need.policies.length ? (
                      <ul className="space-y-1">
                        {need.policies.map((p) => (
                          <li key={p.slug}>
                            {p.year} · {locale === "en" ? (p.titleEn ?? p.titleZh) : p.titleZh}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="text-red-800">{t.matrix.noPolicyCover}</span>
                    )}
                  </td>
                  <td className={td}>{formatNumber(locale, summary.organizations)}</td>
                  <td className={td}>{formatNumber(locale, summary.regionsServed)}</td>
                  <td className={td}>{formatNumber(locale, summary.regionsEmpty)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Per region: organizations, needs met and not met, and density where a children figure is known. */
export function RegionSummaryTable({
  locale,
  matrix,
  viewHref,
}: {
  locale: Locale;
  matrix: CoverageMatrix;
  viewHref: (change: Partial<CoverageQuery>) => string;
}) {
  const t = getMessages(locale).coverage;
  return (
    <section className="mt-8">
      <h2 id="region-summary-heading" className="text-xl font-semibold">
        {t.regionSummary.heading}
      </h2>
      <div
        className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white"
        role="region"
        aria-labelledby="region-summary-heading"
        tabIndex={0}
      >
        <table className="w-full text-sm" data-testid="region-summary">
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t.regionSummary.region}
              </th>
              <th scope="col" className={th}>
                {t.regionSummary.organizations}
              </th>
              <th scope="col" className={th}>
                {t.regionSummary.needsMet}
              </th>
              <th scope="col" className={th}>
                {t.regionSummary.gaps}
              </th>
              <th scope="col" className={th}>
                {t.regionSummary.children}
              </th>
              <th scope="col" className={th}>
                {t.regionSummary.per10k}
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.columns.map((column, j) => {
              const summary = matrix.regionSummaries[j]!;
              return (
                <tr key={column.code} data-region={column.code}>
                  <th scope="row" className={`${td} text-left font-medium`}>
                    {column.drillable ? (
                      <Link href={viewHref({ region: column.code })} className="text-brand-700 underline">
                        {nameIn(locale, column)}
                      </Link>
                    ) : (
                      nameIn(locale, column)
                    )}
                  </th>
                  <td className={td}>{formatNumber(locale, summary.organizations)}</td>
                  <td className={td}>{formatNumber(locale, summary.needsMet)}</td>
                  <td className={td}>{formatNumber(locale, summary.gaps)}</td>
                  <td className={td}>
                    {column.figure ? (
                      <>
                        {formatNumber(locale, column.figure.value)} ({column.figure.year})
                        {column.figure.isSample && (
                          <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-950">
                            {t.matrix.sampleFigure}
                          </span>
                        )}
                        <span className="block text-xs text-stone-600">
                          {fill(t.figures.source, {
                            source:
                              locale === "en"
                                ? (column.figure.sourceEn ?? column.figure.sourceZh)
                                : column.figure.sourceZh,
                          })}
                        </span>
                      </>
                    ) : (
                      t.regionSummary.noFigure
                    )}
                  </td>
                  <td className={td}>{summary.per10k === null ? "—" : formatDensity(locale, summary.per10k)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
