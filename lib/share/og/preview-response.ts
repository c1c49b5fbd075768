import "server-only";
import { cachedPublicData } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { clientKey } from "@/lib/net/client-address";
import { type RateLimit, consumeRateLimit } from "@/lib/rate-limit";

/** How long browsers and link-preview crawlers may keep an image (the server's copy follows the data). */
export const PREVIEW_CACHE_SECONDS = 300;
/** Renders (cache misses) one client may cause; a cached preview costs nothing. */
export const previewRenderRate: RateLimit = { limit: 60, windowMs: 60_000 };

class RenderRefused extends Error {
  constructor(readonly retryAfterMs: number) {
    super("preview render budget spent");
  }
}

class RenderFailed extends Error {
  constructor(readonly response: Response) {
    super("preview render failed");
  }
}

function png(bytes: Uint8Array<ArrayBuffer>, cache: "hit" | "miss"): Response {
  return new Response(bytes, {
    headers: {
      "content-type": "image/png",
      "cache-control": `public, max-age=${PREVIEW_CACHE_SECONDS}`,
      "x-preview-cache": cache,
    },
  });
}

/**
 * A link-preview image for `key` (the kind, the language and the canonical
 * query, so that equivalent URLs share one entry): from the public data cache
 * (shared by the instances, emptied by every staff write), or rendered when the
 * client is within its render budget, or 429 with Retry-After.
 */
export async function previewResponse(key: string, render: () => Promise<Response>): Promise<Response> {
  const client = await clientKey();
  let outcome: "hit" | "miss" = "hit";
  // Made per request so that the render and the budget belong to this client; the cache key is `key` alone.
  const cached = cachedPublicData("preview-image", async (_key: string) => {
    outcome = "miss";
    const { allowed, retryAfterMs } = await consumeRateLimit(db(), `preview:${client}`, previewRenderRate);
    if (!allowed) throw new RenderRefused(retryAfterMs);
    const response = await render();
    if (!response.ok) throw new RenderFailed(response);
    return Buffer.from(await response.arrayBuffer()).toString("base64");
  });
  try {
    return png(new Uint8Array(Buffer.from(await cached(key), "base64")), outcome);
  } catch (error) {
    if (error instanceof RenderFailed) return error.response;
    if (!(error instanceof RenderRefused)) throw error;
    return new Response("Too many preview images; please wait a moment.\n预览图请求过多，请稍候再试。\n", {
      status: 429,
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "retry-after": String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))),
        "cache-control": "no-store",
      },
    });
  }
}
