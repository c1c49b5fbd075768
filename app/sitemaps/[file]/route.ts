import { db } from "@/lib/db/client";
import { routeHandler } from "@/lib/http/route-handler";
import { sitemapCount, sitemapXml } from "@/lib/site/sitemap";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("No such sitemap file.\n没有这个站点地图文件。\n", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });

/** /sitemaps/<n>.xml: one file of the sitemap (see lib/site/sitemap.ts); any other name is a 404. */
export const GET = routeHandler(async (_request, { params }: { params: Promise<{ file: string }> }) => {
  const match = /^(0|[1-9][0-9]{0,5})\.xml$/.exec((await params).file);
  if (!match) return notFound();
  const index = Number(match[1]);
  if (index >= (await sitemapCount(db()))) return notFound();
  return new Response(await sitemapXml(db(), index), {
    headers: { "content-type": "application/xml; charset=utf-8" },
  });
});
