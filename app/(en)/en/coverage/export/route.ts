import { routeHandler } from "@/lib/http/route-handler";
import { coverageCsvResponse } from "@/lib/coverage/export";

export const GET = routeHandler((request) => coverageCsvResponse("en", request));
