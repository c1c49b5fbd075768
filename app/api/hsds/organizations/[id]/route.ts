import { routeHandler } from "@/lib/http/route-handler";
import { endpoints, preflight } from "@/lib/opendata/api";
import { type IdContext, hsdsRoute } from "@/lib/opendata/route";

export const GET = routeHandler((request, context: IdContext) => hsdsRoute(request, endpoints.organization, context));
export const OPTIONS = routeHandler(() => preflight());
