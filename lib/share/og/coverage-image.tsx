import "server-only";
import { countText } from "@/lib/i18n/plural";
import { getCoverageMatrix } from "@/lib/coverage";
import { type CoverageQuery, coverageSearch, parseCoverageQuery } from "@/lib/coverage/params";
import { type Locale, getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { nameIn } from "@/lib/records/localize";
import { previewCard } from "./card";
import { previewResponse } from "./preview-response";

/** The link preview of a coverage view: its scope, gap count, and the most underserved cells. */
export async function coverageImage(request: Request, locale: Locale): Promise<Response> {
  const query = parseCoverageQuery(new URL(request.url).searchParams);
  return previewResponse(`coverage:${locale}:${coverageSearch(query)}`, () => renderCoverage(query, locale));
}

async function renderCoverage(query: CoverageQuery, locale: Locale): Promise<Response> {
  const t = getMessages(locale);
  const matrix = await getCoverageMatrix(query);
  const region = matrix.scope ? nameIn(locale, matrix.scope) : t.coverage.allProvinces;
  const needName = new Map(matrix.needs.map((n) => [n.slug, nameIn(locale, n)]));
  const columnName = new Map(matrix.columns.map((c) => [c.code, nameIn(locale, c)]));
  return previewCard({
    site: t.meta.siteName,
    eyebrow: t.coverage.title,
    headline: fill(t.coverage.metaSummary, {
      region,
      needs: countText(locale, t.coverage.needCount, matrix.needs.length),
      gaps: countText(locale, t.coverage.gapCount, matrix.gapCount),
    }),
    lines: matrix.underserved
      .slice(0, 3)
      .map((cell) => `${needName.get(cell.needSlug) ?? ""} · ${columnName.get(cell.regionCode) ?? ""}`),
  });
}
