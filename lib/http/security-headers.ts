/**
 * The browser security headers of every response: pages, route handlers,
 * static files and error pages all pass through `proxy.ts`, which sets them
 * from here. Pure functions, so the policy is tested without a server.
 */

/** A fresh random nonce (base64 of 16 bytes) for one request's inline scripts. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The Content-Security-Policy of a page. Scripts run only with this request's
 * nonce (Next.js puts it on its own inline scripts) and whatever those load
 * ('strict-dynamic'); no plugins, no <base>, no framing, forms post only here.
 * `dev` allows what Next's dev server needs (eval for fast refresh, websockets).
 */
export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Tailwind ships a stylesheet; React's style attributes need inline styles.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(dev ? ["ws:", "wss:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "frame-src": ["'none'"],
    "worker-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** One year, with subdomains: only ever sent over HTTPS. */
export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
  "interest-cohort=()",
  "browsing-topics=()",
].join(", ");

/**
 * Every security header of one response. `https` says whether the client
 * reached us over HTTPS (directly or through the proxy that terminates TLS):
 * HSTS over plain HTTP is ignored by browsers and would only mislead.
 */
export function securityHeaders({
  nonce,
  https,
  dev = false,
}: {
  nonce: string;
  https: boolean;
  dev?: boolean;
}): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(nonce, { dev }),
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": PERMISSIONS_POLICY,
    "cross-origin-opener-policy": "same-origin",
    ...(https ? { "strict-transport-security": HSTS_VALUE } : {}),
  };
}

/** Whether the request arrived over HTTPS: the URL's scheme, or the TLS-terminating proxy's X-Forwarded-Proto. */
export function servedOverHttps(url: URL, forwardedProto: string | null): boolean {
  if (url.protocol === "https:") return true;
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
