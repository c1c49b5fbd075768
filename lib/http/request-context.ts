import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/net/client-address";
import { REQUEST_ID_HEADER } from "@/lib/net/forwarded";
import type { RequestContext } from "@/lib/security/events";

/** Who sent this request (the trusted client address) and its id in the server log, for security events. */
export async function requestContext(): Promise<RequestContext> {
  return { address: await clientAddress(), requestId: (await headers()).get(REQUEST_ID_HEADER) };
}
