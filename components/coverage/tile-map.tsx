import Link from "next/link";
import { countText } from "@/lib/i18n/plural";
import type { CoverageMatrix } from "@/lib/coverage/matrix";
import { shortRegionName } from "@/lib/coverage/names";
import { nameIn } from "@/lib/records/localize";
import type { CoverageQuery } from "@/lib/coverage/params";
import { fill } from "@/lib/i18n/fill";
import { type Locale, formatNumber, getMessages } from "@/lib/i18n";
import { heatClass } from "./cell-style";
import { provinceTiles } from "./province-tiles";

/** A tile per province, coloured like the matrix by organizations meeting the shown needs; each tile drills into its province. */
export function ProvinceTileMap({
  locale,
  matrix,
  viewHref,
}: {
  locale: Locale;
  matrix: CoverageMatrix;
  viewHref: (change: Partial<CoverageQuery>) => string;
}) {
  const t = getMessages(locale).coverage.tiles;
  const placed = matrix.columns
    .map((column, j) => ({ column, summary: matrix.regionSummaries[j]!, tile: provinceTiles[column.code] }))
    .filter((p) => p.tile);
  return (
    <section aria-labelledby="tiles-heading" className="mt-8">
      <h2 id="tiles-heading" className="text-xl font-semibold">
        {t.heading}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-stone-700">{t.intro}</p>
      <div className="mt-3 overflow-x-auto">
        <ol className="grid min-w-[22rem] max-w-2xl grid-cols-8 gap-1" data-testid="tile-map">
          {placed.map(({ column, summary, tile }) => (
            <li key={column.code} style={{ gridColumn: tile![0], gridRow: tile![1] }}>
              <Link
                href={viewHref({ region: column.code })}
                className={`relative flex aspect-square flex-col items-center justify-center rounded p-0.5 text-center text-stone-900 hover:brightness-95 ${heatClass(summary.organizations)}`}
              >
                <span className="w-full text-[11px] leading-tight [overflow-wrap:anywhere] sm:text-sm">
                  {shortRegionName(locale, column)}
                </span>
                <span className="text-sm font-bold sm:text-base">{formatNumber(locale, summary.organizations)}</span>
                <span className="text-[10px] leading-none sm:text-xs">({formatNumber(locale, summary.gaps)})</span>
                <span className="sr-only">
                  {fill(t.tile, {
                    region: nameIn(locale, column),
                    organizations: countText(
                      locale,
                      getMessages(locale).coverage.matrix.organizations,
                      summary.organizations,
                    ),
                    gaps: countText(locale, t.gapNeeds, summary.gaps),
                  })}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
