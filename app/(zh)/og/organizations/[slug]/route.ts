import { routeHandler } from "@/lib/http/route-handler";
import { organizationImage } from "@/lib/share/og/organization-image";

export const GET = routeHandler<{ params: Promise<{ slug: string }> }>(async (_request, { params }) =>
  organizationImage("zh", (await params).slug),
);
