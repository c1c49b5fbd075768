import { chinaDay } from "@/lib/i18n/china-day";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toCsv } from "@/lib/csv/write";
import { type Locale, getMessages, localePath } from "@/lib/i18n";
import { buildConditions } from "./conditions";
import { nameIn } from "@/lib/records/localize";
import type { ParsedSearch } from "./params";
import { resolveSearch } from "./resolve";
import { loadResults, pageIds } from "./results";

/** Exports are capped so that one request cannot ask for an unbounded file. */
export const EXPORT_LIMIT = 5_000;
const CHUNK = 500;

/** The results of a query as CSV, in the page's order, with the page's columns. */
export async function exportResultsCsv(
  prisma: PrismaClient,
  parsed: ParsedSearch,
  locale: Locale,
  siteUrl: string,
): Promise<string> {
  const t = getMessages(locale);
  const search = await resolveSearch(prisma, parsed.params, parsed.ignored);
  const conditions = buildConditions(search);
  const ids = await pageIds(prisma, search, conditions, locale, 1, EXPORT_LIMIT);
  const join = locale === "en" ? "; " : "；";
  const rows: (string | number | null)[][] = [t.search.csvColumns];
  for (let start = 0; start < ids.length; start += CHUNK) {
    for (const r of await loadResults(prisma, search, ids.slice(start, start + CHUNK))) {
      rows.push([
        nameIn(locale, r),
        locale === "en" ? r.nameZh : r.nameEn,
        t.records.organizationType[r.type],
        r.matches.map((m) => nameIn(locale, m.need)).join(join),
        [...new Set(r.matches.flatMap((m) => m.modes.map((mode) => nameIn(locale, mode))))].join(join),
        r.regions
          .map((x) =>
            locale === "en" ? `${x.nameEn ?? x.nameZh}, ${x.provinceEn ?? x.provinceZh}` : `${x.provinceZh}${x.nameZh}`,
          )
          .join(join),
        r.acceptsDonations ? t.search.yes : t.search.no,
        r.childrenServed,
        r.reviewedAt ? chinaDay(r.reviewedAt) : "",
        r.isSample ? t.search.yes : t.search.no,
        new URL(localePath(locale, `/organizations/${r.slug}`), siteUrl).toString(),
        // Charity-law dates as staff entered them; a sample record never carries one.
        !r.isSample && r.charityRecognisedOn ? r.charityRecognisedOn.toISOString().slice(0, 10) : "",
        !r.isSample && r.fundraisingQualifiedOn ? r.fundraisingQualifiedOn.toISOString().slice(0, 10) : "",
      ]);
    }
  }
  return toCsv(rows);
}
