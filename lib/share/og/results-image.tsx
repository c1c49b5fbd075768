import "server-only";
import { ImageResponse } from "next/og";
import { db } from "@/lib/db/client";
import { type Locale, getMessages } from "@/lib/i18n";
import { searchOrganizations } from "@/lib/search";
import { summaryLine } from "@/lib/search/describe";
import { nameIn } from "@/lib/records/localize";
import { parseSearchParams } from "@/lib/search/params";
import { fontsFor } from "./font";

export const OG_SIZE = { width: 1200, height: 630 };

/** The link preview of a results page: what was asked, how many answer, the first few. */
export async function resultsImage(request: Request, locale: Locale): Promise<ImageResponse> {
  const t = getMessages(locale);
  const outcome = await searchOrganizations(db(), parseSearchParams(new URL(request.url).searchParams), locale);
  const summary = summaryLine(locale, outcome.search, outcome.facets.total);
  const names = outcome.results.slice(0, 3).map((r) => nameIn(locale, r));
  const text = [t.meta.siteName, t.search.heading, summary, ...names, t.records.sample.badge].join("");
  const { fonts, fontFamily } = await fontsFor(text);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#f0f7f4", fontFamily, color: "#1c1917" }}>
        <div style={{ display: "flex", fontSize: 32, color: "#186245", fontWeight: 700 }}>{t.meta.siteName}</div>
        <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
          <div style={{ display: "flex", fontSize: 30, color: "#44403c" }}>{t.search.heading}</div>
          <div style={{ display: "flex", fontSize: 60, fontWeight: 700, lineHeight: 1.2 }}>{summary}</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 8, fontSize: 28, color: "#134e37" }}>
          {names.map((name) => (
            <div key={name} style={{ display: "flex" }}>
              · {name}
            </div>
          ))}
          {outcome.results.some((r) => r.isSample) && <div style={{ display: "flex", fontSize: 22, color: "#92400e" }}>{t.records.sample.badge}</div>}
        </div>
      </div>
    ),
    { ...OG_SIZE, fonts, headers: { "cache-control": "public, max-age=300" } },
  );
}
