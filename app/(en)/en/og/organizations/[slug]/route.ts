import { routeHandler } from "@/lib/http/route-handler";
import { organizationImage } from "@/lib/share/og/organization-image";

export const GET = routeHandler<{ params: Promise<{ slug: string }> }>(async (_request, { params }) =>
  organizationImage("en", (await params).slug),
);
