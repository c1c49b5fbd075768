import type { Metadata } from "next";
import { countText } from "@/lib/i18n/plural";
import Link from "next/link";
import { headers } from "next/headers";
import { coverageLayout } from "@/lib/coverage/layout";
import { getCoverageMatrix } from "@/lib/coverage";
import type { CoverageMatrix } from "@/lib/coverage/matrix";
import { nameIn } from "@/lib/records/localize";
import { type CoverageQuery, type SearchParamsInput, coverageSearch, parseCoverageQuery } from "@/lib/coverage/params";
import { fill } from "@/lib/i18n/fill";
import { type Locale, getMessages, localePath } from "@/lib/i18n";
import { CoverageControls } from "./coverage-controls";
import { CoverageLegend } from "./coverage-legend";
import { FiguresNote } from "./figures-note";
import { HeatMatrix } from "./heat-matrix";
import { LayoutSwitch } from "./layout-switch";
import { NeedList } from "./need-list";
import { NeedSummaryTable, RegionSummaryTable } from "./summaries";
import { ProvinceTileMap } from "./tile-map";
import { UnderservedList } from "./underserved-list";

export type CoveragePageProps = { searchParams: Promise<SearchParamsInput> };

function scopeName(locale: Locale, matrix: CoverageMatrix): string {
  return matrix.scope ? nameIn(locale, matrix.scope) : getMessages(locale).coverage.allProvinces;
}

/** Title and description that summarise the view, e.g. "缺口地图 · 四川省 · 7 类需求 · 3 处空白". */
export async function coverageMetadata(locale: Locale, searchParams: Promise<SearchParamsInput>): Promise<Metadata> {
  const t = getMessages(locale).coverage;
  const query = parseCoverageQuery(await searchParams);
  const matrix = await getCoverageMatrix(query);
  const values = {
    region: scopeName(locale, matrix),
    needs: countText(locale, t.needCount, matrix.needs.length),
    columns: countText(locale, t.regionCount, matrix.columns.length),
  };
  const title = `${t.title} · ${fill(t.metaSummary, { ...values, gaps: countText(locale, t.gapCount, matrix.gapCount) })}`;
  const description = fill(t.metaDescription, {
    ...values,
    gaps: countText(locale, t.gapCellsHave, matrix.gapCount),
  });
  const image =
    localePath(locale, "/og/coverage") + coverageSearch({ region: query.region, sort: query.sort, need: query.need });
  return {
    title,
    description,
    openGraph: {
      title,
      description,
      images: [{ url: image, width: 1200, height: 630 }],
      type: "website",
    },
    twitter: { card: "summary_large_image", title, images: [image] },
  };
}

/** /coverage: where help for left-behind children is missing, need by region. */
export async function CoveragePage({
  locale,
  searchParams,
}: {
  locale: Locale;
  searchParams: Promise<SearchParamsInput>;
}) {
  const t = getMessages(locale).coverage;
  const query = parseCoverageQuery(await searchParams);
  const matrix = await getCoverageMatrix(query);
  const layout = coverageLayout(query, await headers());
  const viewHref = (change: Partial<CoverageQuery>) =>
    localePath(locale, `/coverage${coverageSearch({ ...query, ...change })}`);

  return (
    <>
      <section>
        <p className="text-sm font-medium text-brand-700">{t.eyebrow}</p>
        <h1 className="mt-2 text-3xl font-bold leading-tight">
          {t.title} · {scopeName(locale, matrix)}
        </h1>
        <p className="mt-4 max-w-3xl leading-relaxed text-stone-700">{t.lead}</p>
        <p className="mt-2 text-sm text-amber-900">{t.sampleNotice}</p>
      </section>

      {matrix.unknownRegion && (
        <p role="status" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          {fill(t.unknownRegion, { code: matrix.unknownRegion })}
        </p>
      )}

      <nav aria-label={t.breadcrumbLabel} className="mt-6 text-sm">
        <ol className="flex flex-wrap gap-x-2 gap-y-1">
          <li>
            {matrix.scope ? (
              <Link href={viewHref({ region: undefined })} className="text-brand-700 underline">
                {t.allProvinces}
              </Link>
            ) : (
              <span aria-current="page">{t.allProvinces}</span>
            )}
          </li>
          {matrix.ancestors.map((region) => (
            <li key={region.code} className="before:mr-2 before:text-stone-400 before:content-['›']">
              {region.code === matrix.scope?.code ? (
                <span aria-current="page">{nameIn(locale, region)}</span>
              ) : (
                <Link href={viewHref({ region: region.code })} className="text-brand-700 underline">
                  {nameIn(locale, region)}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </nav>

      <CoverageControls locale={locale} query={query} matrix={matrix} />
      <FiguresNote locale={locale} matrix={matrix} />
      {matrix.needs.length === 0 ? (
        <p className="mt-8">{t.noNeeds}</p>
      ) : layout === "list" ? (
        <>
          <LayoutSwitch locale={locale} layout={layout} viewHref={viewHref} />
          <NeedList locale={locale} matrix={matrix} focus={query.focus} viewHref={viewHref} />
          <UnderservedList locale={locale} matrix={matrix} />
          <CoverageLegend locale={locale} />
        </>
      ) : (
        <>
          <LayoutSwitch locale={locale} layout={layout} viewHref={viewHref} />
          {matrix.columnLevel === "PROVINCE" && <ProvinceTileMap locale={locale} matrix={matrix} viewHref={viewHref} />}
          <UnderservedList locale={locale} matrix={matrix} />
          <CoverageLegend locale={locale} />
          <HeatMatrix locale={locale} matrix={matrix} viewHref={viewHref} scopeName={scopeName(locale, matrix)} />
          <NeedSummaryTable locale={locale} matrix={matrix} />
          <RegionSummaryTable locale={locale} matrix={matrix} viewHref={viewHref} />
        </>
      )}
    </>
  );
}
