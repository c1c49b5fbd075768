import Link from "next/link";
import { countText } from "@/lib/i18n/plural";
import type { CoverageMatrix } from "@/lib/coverage/matrix";
import { nameIn } from "@/lib/records/localize";
import { organizationsHref } from "@/lib/records/results-link";
import { fill } from "@/lib/i18n/fill";
import { type Locale, getMessages } from "@/lib/i18n";
import { formatDensity } from "./cell-style";

/** The ranked "most underserved" need × region cells of the view (ranking in lib/coverage/classify.ts). */
export function UnderservedList({ locale, matrix }: { locale: Locale; matrix: CoverageMatrix }) {
  const t = getMessages(locale).coverage;
  const needs = new Map(matrix.needs.map((n) => [n.slug, n]));
  const regions = new Map(matrix.columns.map((c) => [c.code, c]));
  return (
    <section aria-labelledby="underserved-heading" className="mt-8">
      <h2 id="underserved-heading" className="text-xl font-semibold">
        {t.underserved.heading}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-stone-700">{t.underserved.intro}</p>
      {(matrix.unrankedGaps.neither > 0 || matrix.unrankedGaps.policyOnly > 0) && (
        <p className="mt-3 max-w-3xl rounded bg-amber-50 p-3 text-sm text-amber-900" data-testid="underserved-unranked">
          {fill(t.underserved.unranked, {
            neither: countText(locale, t.underserved.cells, matrix.unrankedGaps.neither),
            policyOnly: countText(locale, t.underserved.cells, matrix.unrankedGaps.policyOnly),
          })}
        </p>
      )}
      {matrix.underserved.length === 0 ? (
        matrix.unrankedGaps.neither + matrix.unrankedGaps.policyOnly === 0 && (
          <p className="mt-3">{t.underserved.none}</p>
        )
      ) : (
        <ol className="mt-3 list-decimal space-y-2 pl-6" data-testid="underserved">
          {matrix.underserved.map((cell) => {
            const need = needs.get(cell.needSlug)!;
            const region = regions.get(cell.regionCode)!;
            return (
              <li key={`${cell.needSlug}|${cell.regionCode}`}>
                <Link
                  href={organizationsHref(locale, { need: cell.needSlug, region: cell.regionCode })}
                  className="font-medium text-brand-700 underline"
                >
                  {fill(t.underserved.item, { need: nameIn(locale, need), region: nameIn(locale, region) })}
                </Link>
                <span className="ml-2 text-sm text-stone-700">
                  {t.classes.label[cell.coverageClass]} ·{" "}
                  {countText(locale, t.matrix.organizations, cell.organizations)}
                  {cell.per10k !== null && ` · ${fill(t.matrix.per10k, { value: formatDensity(locale, cell.per10k) })}`}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
