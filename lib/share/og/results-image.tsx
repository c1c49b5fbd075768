import "server-only";
import { db } from "@/lib/db/client";
import { type Locale, getMessages } from "@/lib/i18n";
import { nameIn } from "@/lib/records/localize";
import { searchOrganizations } from "@/lib/search";
import { summaryLine } from "@/lib/search/describe";
import { parseSearchParams, toQueryString } from "@/lib/search/params";
import { previewCard } from "./card";
import { previewResponse } from "./preview-response";

/** The link preview of a results page: what was asked, how many answer, the first few. */
export async function resultsImage(request: Request, locale: Locale): Promise<Response> {
  const search = parseSearchParams(new URL(request.url).searchParams);
  return previewResponse(`results:${locale}:${toQueryString({ ...search.params, page: 1 })}`, () =>
    renderResults(search, locale),
  );
}

async function renderResults(search: ReturnType<typeof parseSearchParams>, locale: Locale): Promise<Response> {
  const t = getMessages(locale);
  const outcome = await searchOrganizations(db(), search, locale);
  return previewCard({
    site: t.meta.siteName,
    eyebrow: t.search.heading,
    headline: summaryLine(locale, outcome.search, outcome.facets.total),
    lines: outcome.results.slice(0, 3).map((r) => nameIn(locale, r)),
    note: outcome.results.some((r) => r.isSample) ? t.records.sample.badge : undefined,
  });
}
