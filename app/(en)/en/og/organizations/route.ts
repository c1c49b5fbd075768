import { routeHandler } from "@/lib/http/route-handler";
import { resultsImage } from "@/lib/share/og/results-image";

export const GET = routeHandler((request) => resultsImage(request, "en"));
