import "server-only";
import { LruCache } from "@/lib/cache/lru";
import { db } from "@/lib/db/client";
import { clientKey } from "@/lib/net/client-address";
import { type RateLimit, consumeRateLimit } from "@/lib/rate-limit";

/** Rendered previews kept in memory, by canonical query: at most this many, each this long (as the HTTP cache). */
export const PREVIEW_CACHE_ENTRIES = 200;
export const PREVIEW_CACHE_SECONDS = 300;
/** Renders (cache misses) one client may cause; a cached preview costs nothing. */
export const previewRenderRate: RateLimit = { limit: 60, windowMs: 60_000 };

const rendered = new LruCache<ArrayBuffer>(PREVIEW_CACHE_ENTRIES, PREVIEW_CACHE_SECONDS * 1000);

function png(bytes: ArrayBuffer, cache: "hit" | "miss"): Response {
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
 * query, so that equivalent URLs share one entry): from the cache, or rendered
 * when the client is within its render budget, or 429 with Retry-After.
 */
export async function previewResponse(key: string, render: () => Promise<Response>): Promise<Response> {
  const cached = rendered.get(key);
  if (cached) return png(cached, "hit");
  const { allowed, retryAfterMs } = await consumeRateLimit(db(), `preview:${await clientKey()}`, previewRenderRate);
  if (!allowed)
    return new Response("Too many preview images; please wait a moment.\n预览图请求过多，请稍候再试。\n", {
      status: 429,
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "retry-after": String(Math.max(1, Math.ceil(retryAfterMs / 1000))),
        "cache-control": "no-store",
      },
    });
  const response = await render();
  if (!response.ok) return response;
  const bytes = await response.arrayBuffer();
  rendered.set(key, bytes);
  return png(bytes, "miss");
}
