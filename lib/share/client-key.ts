import "server-only";
import { headers } from "next/headers";

/** Who is asking, for rate limits: the first forwarded address behind a proxy, else the direct one. */
export async function clientKey(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "direct";
}
