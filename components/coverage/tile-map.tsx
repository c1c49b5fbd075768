import { countText } from "@/lib/i18n/plural";
import type { CoverageMatrix } from "@/lib/coverage/matrix";
import { shortRegionName } from "@/lib/coverage/names";
import { nameIn } from "@/lib/records/localize";
import type { CoverageQuery } from "@/lib/coverage/params";
import { fill } from "@/lib/i18n/fill";
import { type Locale, formatNumber, getMessages } from "@/lib/i18n";
import { heatLevel } from "./cell-style";
import type { ProvinceTile } from "./client-props";
import { TileGrid } from "./tile-grid";
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
  const tiles = matrix.columns.flatMap((column, j): ProvinceTile[] => {
    const place = provinceTiles[column.code];
    if (!place) return [];
    const summary = matrix.regionSummaries[j]!;
    return [
      {
        code: column.code,
        href: viewHref({ region: column.code }),
        heat: heatLevel(summary.organizations),
        column: place[0],
        row: place[1],
        shortName: shortRegionName(locale, column),
        organizations: formatNumber(locale, summary.organizations),
        gaps: formatNumber(locale, summary.gaps),
        sentence: fill(t.tile, {
          region: nameIn(locale, column),
          organizations: countText(locale, getMessages(locale).coverage.matrix.organizations, summary.organizations),
          gaps: countText(locale, t.gapNeeds, summary.gaps),
        }),
      },
    ];
  });
  return (
    <section aria-labelledby="tiles-heading" className="mt-8">
      <h2 id="tiles-heading" className="text-xl font-semibold">
        {t.heading}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-stone-700">{t.intro}</p>
      <div className="mt-3 overflow-x-auto">
        <TileGrid tiles={tiles} />
      </div>
    </section>
  );
}
