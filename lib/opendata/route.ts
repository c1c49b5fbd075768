import "server-only";
import { db } from "@/lib/db/client";
import { clientKey } from "@/lib/net/client-address";
import { type Endpoint, serveHsds } from "./api";

/** The route context of `[id]` folders (Next passes params as a promise). */
export type IdContext = { params: Promise<{ id: string }> };

/** What every HSDS route handler calls inside routeHandler: the app's database and the client's key. */
export async function hsdsRoute(request: Request, endpoint: Endpoint, context?: IdContext): Promise<Response> {
  const id = context ? (await context.params).id : undefined;
  return serveHsds(db(), request, endpoint, await clientKey(), id);
}
