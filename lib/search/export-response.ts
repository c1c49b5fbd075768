import "server-only";
import { chinaDay } from "@/lib/i18n/china-day";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n";
import { exportResultsCsv } from "./export";
import { siteOrigin } from "@/lib/site/origin";
import { parseSearchParams } from "./params";

/** The CSV download of /organizations.csv?<the results page's query>. */
export async function exportResponse(request: Request, locale: Locale): Promise<Response> {
  const url = new URL(request.url);
  const csv = await exportResultsCsv(db(), parseSearchParams(url.searchParams), locale, siteOrigin());
  const stamp = chinaDay(new Date());
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="organizations-${stamp}.csv"`,
      "cache-control": "no-store",
    },
  });
}
