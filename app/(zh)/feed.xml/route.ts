import { db } from "@/lib/db/client";
import { routeHandler } from "@/lib/http/route-handler";
import { serveFeed } from "@/lib/opendata/feed-response";

export const GET = routeHandler((request) => serveFeed(db(), request, "zh"));
