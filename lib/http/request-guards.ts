import { ACTION_BODY_LIMIT_BYTES } from "./limits";

/**
 * Checks the proxy makes before a request reaches a server action, so that a
 * refused request is a clear 403 or 413 instead of an error thrown inside
 * Next.js (a 500). Next.js still makes its own checks after these.
 */

const plain = (status: number, body: string) =>
  new Response(body, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/** The host a request's Origin names, or null when there is none or it is not a URL ("null" from sandboxed frames). */
function originHost(origin: string | null): string | null {
  if (!origin) return null;
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * A refusal for a POST that must not reach the app: a server action posted
 * from another origin (cross-site request forgery), or a body over the limit.
 * `allowedHosts` are the hosts this site answers to (the Host header, and the public origin's).
 */
export function refuseRequest(request: Request, allowedHosts: string[]): Response | null {
  if (request.method !== "POST") return null;
  const length = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES)
    return plain(
      413,
      `The request is too large (at most ${Math.floor(ACTION_BODY_LIMIT_BYTES / 1048576)} MB).\n请求内容过大（最多 ${Math.floor(ACTION_BODY_LIMIT_BYTES / 1048576)} MB）。\n`,
    );
  if (request.headers.has("next-action")) {
    const origin = request.headers.get("origin");
    const host = originHost(origin);
    if (origin !== null && (host === null || !allowedHosts.includes(host)))
      return plain(403, "This form may only be sent from this site.\n只能从本网站提交这个表单。\n");
  }
  return null;
}
