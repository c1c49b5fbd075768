import "server-only";
import { DatabaseUnavailableError, withDatabaseErrors } from "@/lib/db/errors";
import { type Locale, getMessages } from "@/lib/i18n";
import { coverageCsv } from "./csv";
import { getCoverageMatrix } from "./index";
import { siteOrigin } from "@/lib/site/origin";
import { parseCoverageQuery } from "./params";

/** The CSV download for the /coverage view named by the request's query string. */
export async function coverageCsvResponse(locale: Locale, request: Request): Promise<Response> {
  const url = new URL(request.url);
  try {
    const matrix = await withDatabaseErrors(() => getCoverageMatrix(parseCoverageQuery(url.searchParams)));
    return new Response(coverageCsv(matrix, locale, siteOrigin()), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="coverage-${matrix.scope?.code ?? "provinces"}.csv"`,
      },
    });
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    const t = getMessages(locale).errors;
    return new Response(`${t.databaseUnavailableTitle}\n${t.databaseUnavailableBody}\n`, {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}
