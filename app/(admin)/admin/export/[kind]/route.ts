import { routeHandler } from "@/lib/http/route-handler";
import { exportResponse } from "@/lib/admin/export-response";

export const GET = routeHandler<{ params: Promise<{ kind: string }> }>(async (request, { params }) =>
  exportResponse(request, (await params).kind),
);
