import { routeHandler } from "@/lib/http/route-handler";
import { regionsResponse } from "@/lib/admin/regions-response";

export const GET = routeHandler<{ params: Promise<{ code: string }> }>(async (request, { params }) =>
  regionsResponse(request, (await params).code),
);
