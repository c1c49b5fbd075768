import { routeHandler } from "@/lib/http/route-handler";
import { preflight } from "@/lib/opendata/api";
import { dataPackageResponse } from "@/lib/opendata/download";

export const GET = routeHandler((request) => dataPackageResponse(request));
export const OPTIONS = routeHandler(() => preflight());
