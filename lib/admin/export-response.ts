import "server-only";
import { chinaDay } from "@/lib/i18n/china-day";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { isRecordKind } from "./kinds";
import { requestSession, withStaffErrors } from "./request-session";
import { exportCsv, exportDatabaseJson } from "./transfer";

/**
 * The export route handler: `/admin/export/<kind>` gives CSV, `/admin/export/database`
 * the JSON of everything (admins only). The session is checked here, not only by the proxy.
 */
export async function exportResponse(request: Request, what: string, prisma: PrismaClient = db()): Promise<Response> {
  const session = await requestSession(request, prisma);
  const stamp = chinaDay(new Date());
  return withStaffErrors(async () => {
    if (what === "database") {
      return new Response(await exportDatabaseJson(prisma, session), {
        headers: {
          "content-type": "application/json; charset=utf-8",
          "content-disposition": `attachment; filename="navigator-${stamp}.json"`,
          "cache-control": "no-store",
        },
      });
    }
    if (!isRecordKind(what)) return new Response("Not found", { status: 404 });
    return new Response(await exportCsv(prisma, session, what), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${what}-${stamp}.csv"`,
        "cache-control": "no-store",
      },
    });
  });
}
