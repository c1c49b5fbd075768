import "server-only";
import type { ImageResponse } from "next/og";
import { db } from "@/lib/db/client";
import { type Locale, getMessages } from "@/lib/i18n";
import { nameIn } from "@/lib/records/localize";
import { searchOrganizations } from "@/lib/search";
import { summaryLine } from "@/lib/search/describe";
import { parseSearchParams } from "@/lib/search/params";
import { previewCard } from "./card";

/** The link preview of a results page: what was asked, how many answer, the first few. */
export async function resultsImage(request: Request, locale: Locale): Promise<ImageResponse> {
  const t = getMessages(locale);
  const outcome = await searchOrganizations(db(), parseSearchParams(new URL(request.url).searchParams), locale);
  return previewCard({
    site: t.meta.siteName,
    eyebrow: t.search.heading,
    headline: summaryLine(locale, outcome.search, outcome.facets.total),
    lines: outcome.results.slice(0, 3).map((r) => nameIn(locale, r)),
    note: outcome.results.some((r) => r.isSample) ? t.records.sample.badge : undefined,
  });
}
