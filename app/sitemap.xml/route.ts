import { db } from "@/lib/db/client";
import { routeHandler } from "@/lib/http/route-handler";
import { sitemapCount, sitemapIndexXml } from "@/lib/site/sitemap";

export const dynamic = "force-dynamic";

/** /sitemap.xml: the index of the sitemap files (/sitemaps/<n>.xml), absolute on the public origin. */
export const GET = routeHandler(async () => {
  const body = sitemapIndexXml(await sitemapCount(db()));
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8" } });
});
