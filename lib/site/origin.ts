import { type Env, env } from "@/lib/env";

/**
 * The site's one public origin (SITE_URL, e.g. https://navigator.example.org):
 * the base of every absolute link the app writes (metadataBase, so canonical,
 * hreflang and Open Graph URLs; the links inside CSV exports). Never taken
 * from the request: a Host or X-Forwarded-Host header is the client's to set.
 */
export function siteOrigin(source: Env = env()): string {
  return source.SITE_URL ?? `http://localhost:${source.PORT}`;
}

/** An absolute URL on the public origin for a path such as "/en/organizations?need=x". */
export function absoluteUrl(path: string, source: Env = env()): string {
  return new URL(path, siteOrigin(source)).toString();
}

/** The host (name and port) of the public origin, for checks that compare hosts. */
export function siteHost(source: Env = env()): string | null {
  return source.SITE_URL ? new URL(source.SITE_URL).host : null;
}

/** The loud warning a production start prints while SITE_URL is unset, or null when all is well. */
export function siteOriginWarning(source: Env = env()): string | null {
  if (source.NODE_ENV !== "production" || source.SITE_URL) return null;
  return [
    "WARNING: SITE_URL is not set.",
    `Absolute links (canonical and language links, link previews, CSV exports) will point at ${siteOrigin(source)},`,
    "which no visitor can open. Set SITE_URL to the public origin, e.g. SITE_URL=https://navigator.example.org",
    "警告：未设置 SITE_URL，绝对链接将指向本机地址。请把 SITE_URL 设为网站的公开地址。",
  ].join("\n");
}
