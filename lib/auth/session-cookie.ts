// No imports, so the proxy can use this too.

/** The staff session cookie's name where cookies may be plain (development, tests, a loopback-only demo). */
export const SESSION_COOKIE = "navigator_staff_session";

const LOOPBACK = /^(127(?:\.\d{1,3}){3}|::1|\[::1\]|localhost)$/i;

type Vars = Record<string, string | undefined>;

/**
 * Whether staff cookies may go without Secure: outside production, or when a production
 * server set ADMIN_INSECURE_COOKIE=1 AND listens only on a loopback address (HOST), so no
 * other machine can reach it over plain HTTP. Anywhere else the variable is ignored.
 */
export function cookiesMayBeInsecure(vars: Vars = process.env): boolean {
  if (vars.NODE_ENV !== "production") return true;
  return vars.ADMIN_INSECURE_COOKIE === "1" && LOOPBACK.test(vars.HOST?.trim() ?? "");
}

/**
 * Whether a request carries a staff session cookie under either of its names. The proxy's
 * shortcut to sign-in asks this: it must see the production `__Host-` cookie too (the page's
 * own session check decides whether the session is valid).
 */
export function hasSessionCookie(cookies: { has(name: string): boolean }): boolean {
  return cookies.has(SESSION_COOKIE) || cookies.has(`__Host-${SESSION_COOKIE}`);
}

/** `__Host-` prefixed (Secure, path /, no domain: the browser enforces all three) whenever cookies are Secure. */
export function sessionCookieName(vars: Vars = process.env): string {
  return cookiesMayBeInsecure(vars) ? SESSION_COOKIE : `__Host-${SESSION_COOKIE}`;
}
