import { routeHandler } from "@/lib/http/route-handler";
import { endpoints, preflight } from "@/lib/opendata/api";
import { hsdsRoute } from "@/lib/opendata/route";

export const GET = routeHandler((request) => hsdsRoute(request, endpoints.taxonomies));
export const OPTIONS = routeHandler(() => preflight());
