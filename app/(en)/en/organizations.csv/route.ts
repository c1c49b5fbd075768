import { routeHandler } from "@/lib/http/route-handler";
import { exportResponse } from "@/lib/search/export-response";

export const GET = routeHandler((request) => exportResponse(request, "en"));
