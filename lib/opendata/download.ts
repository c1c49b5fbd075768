import "server-only";
import { db } from "@/lib/db/client";
import { chinaDay } from "@/lib/i18n/china-day";
import { clientKey } from "@/lib/net/client-address";
import { consumeRateLimit } from "@/lib/rate-limit";
import { DATA_LICENCE } from "./licence";
import { dataPackageStream } from "./package";

/** Downloads of the whole package per client and hour (it reads every published record). */
const PACKAGE_RATE_LIMIT = { limit: 30, windowMs: 60 * 60 * 1000 };

/** GET /api/hsds/datapackage.zip */
export async function dataPackageResponse(request: Request): Promise<Response> {
  const prisma = db();
  const limit = await consumeRateLimit(prisma, `hsds-package:${await clientKey()}`, PACKAGE_RATE_LIMIT);
  if (!limit.allowed) {
    return Response.json(
      {
        error: { status: 429, message: "Too many downloads: the package changes slowly, keep your copy.", errors: [] },
      },
      {
        status: 429,
        headers: {
          "retry-after": String(Math.ceil(limit.retryAfterMs / 1000)),
          "access-control-allow-origin": "*",
          "cache-control": "no-store",
        },
      },
    );
  }
  const now = new Date();
  return new Response(dataPackageStream(prisma, new URL(request.url).origin, now), {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="resource-navigator-hsds-${chinaDay(now)}.zip"`,
      "cache-control": "public, max-age=300",
      "access-control-allow-origin": "*",
      link: `<${DATA_LICENCE.url}>; rel="license"`,
    },
  });
}
