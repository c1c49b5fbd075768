import { routeHandler } from "@/lib/http/route-handler";
import { preflight } from "@/lib/opendata/api";
import { openApiDocument } from "@/lib/opendata/openapi";

export const GET = routeHandler(
  (request) =>
    new Response(JSON.stringify(openApiDocument(new URL(request.url).origin), null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "access-control-allow-origin": "*",
        "cache-control": "public, max-age=3600",
      },
    }),
);
export const OPTIONS = routeHandler(() => preflight());
