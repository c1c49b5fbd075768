import { routeHandler } from "@/lib/http/route-handler";
import { frozenImage } from "@/lib/share/og/frozen-image";

export const GET = routeHandler<{ params: Promise<{ id: string }> }>(async (_request, { params }) =>
  frozenImage("zh", (await params).id),
);
