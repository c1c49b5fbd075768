import type { CoverageMatrix } from "@/lib/coverage/matrix";
import { nameIn } from "@/lib/records/localize";
import type { CoverageQuery } from "@/lib/coverage/params";
import { fill } from "@/lib/i18n/fill";
import { type Locale, formatNumber, getMessages } from "@/lib/i18n";
import { formatDensity } from "./cell-style";
import { RegionSummaryBody } from "./region-summary-body";

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
        <table className="coverage-summary w-full text-sm" data-testid="need-summary">
          <thead>
            <tr>
              <th scope="col">{t.needSummary.need}</th>
              <th scope="col">{t.needSummary.policies}</th>
              <th scope="col">{t.needSummary.organizations}</th>
              <th scope="col">{fill(t.needSummary.served, { level })}</th>
              <th scope="col">{fill(t.needSummary.empty, { level })}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.needs.map((need, i) => {
              const summary = matrix.needSummaries[i]!;
              return (
                <tr key={need.slug} data-need={need.slug}>
                  <th scope="row">{nameIn(locale, need)}</th>
                  <td>
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
                  <td>{formatNumber(locale, summary.organizations)}</td>
                  <td>{formatNumber(locale, summary.regionsServed)}</td>
                  <td>{formatNumber(locale, summary.regionsEmpty)}</td>
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
        <table className="coverage-summary w-full text-sm" data-testid="region-summary">
          <thead>
            <tr>
              <th scope="col">{t.regionSummary.region}</th>
              <th scope="col">{t.regionSummary.organizations}</th>
              <th scope="col">{t.regionSummary.needsMet}</th>
              <th scope="col">{t.regionSummary.gaps}</th>
              <th scope="col">{t.regionSummary.children}</th>
              <th scope="col">{t.regionSummary.per10k}</th>
            </tr>
          </thead>
          <RegionSummaryBody
            rows={matrix.columns.map((column, j) => {
              const summary = matrix.regionSummaries[j]!;
              const figure = column.figure;
              return {
                code: column.code,
                href: column.drillable ? viewHref({ region: column.code }) : "",
                name: nameIn(locale, column),
                organizations: formatNumber(locale, summary.organizations),
                needsMet: formatNumber(locale, summary.needsMet),
                gaps: formatNumber(locale, summary.gaps),
                children: figure ? `${formatNumber(locale, figure.value)} (${figure.year})` : "",
                source: figure
                  ? fill(t.figures.source, {
                      source: locale === "en" ? (figure.sourceEn ?? figure.sourceZh) : figure.sourceZh,
                    })
                  : "",
                sample: figure?.isSample ?? false,
                per10k: summary.per10k === null ? "—" : formatDensity(locale, summary.per10k),
              };
            })}
            noFigure={t.regionSummary.noFigure}
            sampleLabel={t.matrix.sampleFigure}
          />
        </table>
      </div>
    </section>
  );
}
