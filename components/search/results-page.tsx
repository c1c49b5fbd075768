import { SuggestOrganizationLink } from "@/components/reports/report-links";
import type { Metadata } from "next";
import { countText } from "@/lib/i18n/plural";
import { redirect } from "next/navigation";
import { type Locale, formatNumber, getMessages, localePath } from "@/lib/i18n";
import { activeFilters, summaryLine } from "@/lib/search/describe";
import { toQueryString } from "@/lib/search/params";
import { getResultsPage } from "@/lib/search/cached-results";
import { getSampleMatches, getVisibleSamples, getWideningSteps } from "@/lib/search/results-extras";
import { NOTICE_PARAM, type RawSearchParams, searchQueryOf } from "@/lib/search/page";
import { ActiveFilters } from "./active-filters";
import { EmptyResults } from "./empty-results";
import { FilterForm, RESULTS_ID } from "./filter-form";
import { IgnoredNotice } from "./ignored-notice";
import { Pagination } from "./pagination";
import { ResultCard } from "./result-card";
import { ShareTools } from "./share-tools";
import { fill } from "@/lib/i18n/fill";

/** Said after a count that includes sample records: all of them, or how many. */
function sampleSuffix(locale: Locale, samples: number, total: number): string {
  const t = getMessages(locale).search;
  if (!samples) return "";
  return samples >= total ? t.sampleAll : countText(locale, t.sampleSome, samples);
}

export async function resultsMetadata(locale: Locale, raw: RawSearchParams): Promise<Metadata> {
  const [data, samples] = await Promise.all([
    getResultsPage(searchQueryOf(raw), locale),
    getSampleMatches(searchQueryOf(raw), locale),
  ]);
  const t = getMessages(locale);
  const suffix = sampleSuffix(locale, samples, data.facets.total);
  const title =
    summaryLine(locale, data.search, data.facets.total) + (suffix && locale === "en" ? ` ${suffix}` : suffix);
  const query = toQueryString({ ...data.search.params, page: 1 });
  const image = `${localePath(locale, "/og/organizations")}${query}`;
  const description = `${t.search.heading}${t.search.separator}${title}`;
  return {
    title,
    description,
    alternates: {
      canonical: localePath(locale, "/organizations") + query,
      languages: { "zh-CN": `/organizations${query}`, en: `/en/organizations${query}` },
    },
    openGraph: {
      title,
      description,
      images: [{ url: image, width: 1200, height: 630 }],
      type: "website",
    },
    twitter: { card: "summary_large_image", title, images: [image] },
  };
}

export async function ResultsPage({ locale, raw }: { locale: Locale; raw: RawSearchParams }) {
  const query = searchQueryOf(raw);
  const data = await getResultsPage(query, locale);
  const t = getMessages(locale).search;
  const { search, facets, results } = data;
  // A form submission carries empty and default fields; shared links should be short and canonical.
  const canonical = toQueryString({ ...search.params, page: data.requestedPage ?? data.page });
  if (!data.ignored.length && raw[NOTICE_PARAM] === undefined && canonical !== (query ? `?${query}` : "")) {
    redirect(localePath(locale, "/organizations") + canonical);
  }
  const [steps, samples] = facets.total
    ? [[], 0]
    : await Promise.all([getWideningSteps(query, locale), getVisibleSamples()]);
  const filters = activeFilters(locale, search);
  const title = summaryLine(locale, search, facets.total);
  return (
    <div className="space-y-4">
      <div>
        <h1 id="results-heading" className="text-2xl font-bold">
          {t.heading}
        </h1>
        {/* Announced when applying filters updates the results without a page load. */}
        <p
          id="result-summary"
          className="mt-1 text-stone-700"
          data-testid="result-summary"
          role="status"
          aria-live="polite"
          aria-atomic="true"
        >
          {title}
        </p>
        <nav aria-label={t.jumpLabel} className="mt-2 flex gap-4 text-sm">
          <a href={`#${RESULTS_ID}`} className="text-brand-700 underline">
            {t.jumpToResults}
          </a>
          <a href="#filters" className="text-brand-700 underline">
            {t.jumpToFilters}
          </a>
        </nav>
      </div>
      <ActiveFilters locale={locale} filters={filters} />
      <IgnoredNotice
        locale={locale}
        ignored={data.ignored}
        notice={typeof raw[NOTICE_PARAM] === "string" ? raw[NOTICE_PARAM] : undefined}
      />
      {data.requestedPage !== null && (
        <p role="status" className="rounded bg-amber-50 p-3 text-sm text-amber-900">
          {fill(t.pastEnd, {
            requested: formatNumber(locale, data.requestedPage),
            shown: formatNumber(locale, data.page),
          })}
        </p>
      )}
      {/* Filters first in the DOM and on screen at every width: focus order follows what is seen. */}
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <aside id="filters" tabIndex={-1} aria-labelledby="filters-heading" className="focus:outline-none">
          <h2 id="filters-heading" className="mb-3 text-lg font-semibold">
            {t.filters}
          </h2>
          <FilterForm locale={locale} search={search} facets={facets} />
        </aside>
        <section className="min-w-0 space-y-4" aria-labelledby="results-list-heading">
          <h2 id="results-list-heading" className="sr-only">
            {t.resultsHeading}
          </h2>
          <ShareTools locale={locale} params={search.params} title={title} />
          <div id={RESULTS_ID} tabIndex={-1} className="focus:outline-none">
            {results.length ? (
              <ol className="space-y-3" aria-label={countText(locale, t.resultCount, facets.total)}>
                {results.map((result) => (
                  <li key={result.id}>
                    <ResultCard
                      locale={locale}
                      result={result}
                      chosenNeeds={search.params.needs.length > 0}
                      from={toQueryString(search.params)}
                    />
                  </li>
                ))}
              </ol>
            ) : (
              <EmptyResults locale={locale} steps={steps} sampleData={samples > 0} />
            )}
          </div>
          <Pagination locale={locale} params={search.params} page={data.page} pageCount={data.pageCount} />
          <SuggestOrganizationLink locale={locale} />
        </section>
      </div>
    </div>
  );
}
