import "server-only";
import { headers } from "next/headers";

/**
 * The one place that decides who a request comes from, for every rate limit and
 * throttle. Callers use these two functions only; how the address is found
 * (socket peer, trusted proxies) is this module's business.
 */

/** The client's address, or "unknown" when it cannot be told. */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}

/** The key that anonymous limits (frozen lists, previews, reports) count against. */
export async function clientKey(): Promise<string> {
  return clientAddress();
}
