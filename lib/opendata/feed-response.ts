import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n";
import { atomFeed, feedUpdated, loadFeedEntries } from "./feed";

/**
 * The feed as a response: Atom with an ETag (a hash of the document) and Last-Modified (its newest entry), and
 * 304 for a client that already holds it (If-None-Match first, else If-Modified-Since, as RFC 9110 orders them).
 */
export async function serveFeed(prisma: PrismaClient, request: Request, locale: Locale): Promise<Response> {
  const entries = await loadFeedEntries(prisma);
  const text = atomFeed(locale, entries);
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 32)}"`;
  const updated = feedUpdated(entries);
  const headers = {
    "content-type": "application/atom+xml; charset=utf-8",
    "cache-control": "public, max-age=300, must-revalidate",
    "access-control-allow-origin": "*",
    etag,
    "last-modified": updated.toUTCString(),
  };
  const ifNoneMatch = request.headers.get("if-none-match");
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  const notModified = ifNoneMatch
    ? ifNoneMatch
        .split(",")
        .map((tag) => tag.trim().replace(/^W\//, ""))
        .some((tag) => tag === etag || tag === "*")
    : !Number.isNaN(since) && Math.floor(updated.getTime() / 1000) * 1000 <= since;
  return new Response(notModified ? null : text, { status: notModified ? 304 : 200, headers });
}
