import { routeHandler } from "@/lib/http/route-handler";
import { homeImage } from "@/lib/share/og/home-image";

export const GET = routeHandler(() => homeImage("en"));
