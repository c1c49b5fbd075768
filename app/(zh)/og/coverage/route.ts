import { routeHandler } from "@/lib/http/route-handler";
import { coverageImage } from "@/lib/share/og/coverage-image";

export const GET = routeHandler((request) => coverageImage(request, "zh"));
