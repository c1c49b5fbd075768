import "server-only";
import { timingSafeEqual } from "node:crypto";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { PEER_HEADER, limitKeyOf, parseTrustedProxies, resolveClientAddress } from "./forwarded";

/**
 * The one place that decides who a request comes from, for every rate limit and
 * throttle. Callers use these functions only; how the address is found is this
 * module's business:
 *
 * Next.js does not show route code the socket, so the server script
 * (scripts/serve.ts) writes the socket peer into a request header together with
 * a secret made fresh for each process, after removing any copy a client sent.
 * Only a header carrying that secret is believed. X-Forwarded-For counts only
 * when the peer is a trusted proxy (TRUSTED_PROXIES); see ./forwarded.ts.
 */

function stampedPeer(value: string | null): string | null {
  const secret = env().PEER_HEADER_SECRET;
  if (!value || !secret) return null;
  const space = value.indexOf(" ");
  if (space < 0) return null;
  const given = Buffer.from(value.slice(0, space));
  const expected = Buffer.from(secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return value.slice(space + 1);
}

let trustCache: { source: string | undefined; trust: ReturnType<typeof parseTrustedProxies> } | undefined;
function trustedProxies() {
  const source = env().TRUSTED_PROXIES;
  if (!trustCache || trustCache.source !== source) trustCache = { source, trust: parseTrustedProxies(source) };
  return trustCache.trust;
}

/** The client's address, or "unknown" when it cannot be told (the app was not started through scripts/serve.ts). */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  const peer = stampedPeer(h.get(PEER_HEADER));
  return resolveClientAddress(peer, h.get("x-forwarded-for"), trustedProxies()) ?? "unknown";
}

/** The key that anonymous limits (frozen lists, previews, reports) count against: the address, or an IPv6 /64. */
export async function clientKey(): Promise<string> {
  const address = await clientAddress();
  return address === "unknown" ? address : limitKeyOf(address);
}
