// No imports: scripts/serve.ts applies this to every response just before its headers are sent.

/**
 * What a shared cache (a CDN, nginx's proxy_cache) may do with a public page: keep it 30 s, then serve it for
 * 60 s more while fetching a fresh one. The app's own data cache follows staff edits at once; a shared cache
 * in front of it cannot be told, so this is how long it may lag behind an edit (decision 044). Browsers keep
 * nothing (max-age=0): a donor who reloads asks again.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=60";

/** What Next.js sends on a page rendered per request (every page here: the CSP nonce is per request). */
const NEXT_DYNAMIC_DEFAULT = "private, no-cache, no-store, max-age=0, must-revalidate";

/** Page families that are the same for every visitor: the donor pages and their link-preview images. */
const PUBLIC_PAGE =
  /^(?:\/en)?(?:\/|\/(?:needs|policies|modes|organizations|coverage)(?:\/[^/]+)?|\/og\/[^/]+)$|^\/en$/;

/** The coverage view of either language: its layout follows the device unless the URL names one (decision 046). */
const COVERAGE_PAGE = /^(?:\/en)?\/coverage$/;
const COVERAGE_LAYOUTS = new Set(["list", "table"]);
/** What lib/coverage/layout.ts reads to tell a phone apart. */
const DEVICE_HEADERS = ["Sec-CH-UA-Mobile", "User-Agent"] as const;

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/$/, "") : path);

/**
 * The Vary header a response must carry so that a shared cache keys it on every request header its HTML
 * depends on, or null to keep the app's. A coverage view whose URL names no layout is drawn for the device, so
 * without this a CDN or nginx would hand the phone list to desktops (or the table to phones). The names are
 * added to what Next.js already varies on (`existing`), never in place of it.
 */
export function varyHeader(pathname: string, search: string, existing: string | undefined): string | null {
  if (!COVERAGE_PAGE.test(withoutTrailingSlash(pathname))) return null;
  const layout = new URLSearchParams(search).getAll("layout")[0];
  if (layout !== undefined && COVERAGE_LAYOUTS.has(layout)) return null;
  const names = (existing ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.includes("*")) return null;
  const have = new Set(names.map((name) => name.toLowerCase()));
  return [...names, ...DEVICE_HEADERS.filter((name) => !have.has(name.toLowerCase()))].join(", ");
}

export type CachePolicyInput = {
  method: string;
  /** The request's path, without the query string. */
  pathname: string;
  /** Whether the request carried any cookie (a staff session, a staff locale). */
  hasCookie: boolean;
  status: number;
  /** The response's Cache-Control as the app set it, if any. */
  cacheControl: string | undefined;
  /** Whether the response sets a cookie. */
  setsCookie: boolean;
};

/**
 * The Cache-Control to send instead of the app's, or null to keep the app's. Only a successful GET or HEAD of
 * a public page family, asked without cookies, answered without Set-Cookie and with Next.js's per-request
 * default, becomes shareable; staff pages, actions, errors, anything personal keep `private, no-store`.
 */
export function sharedCacheControl(input: CachePolicyInput): string | null {
  if (input.method !== "GET" && input.method !== "HEAD") return null;
  if (input.hasCookie || input.setsCookie || input.status !== 200) return null;
  if (input.cacheControl !== undefined && input.cacheControl !== NEXT_DYNAMIC_DEFAULT) return null;
  return PUBLIC_PAGE.test(withoutTrailingSlash(input.pathname)) ? PUBLIC_PAGE_CACHE_CONTROL : null;
}
