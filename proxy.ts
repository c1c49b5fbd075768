import { type NextRequest, NextResponse } from "next/server";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { BAD_REQUEST_PAGE, hasMalformedPath } from "@/lib/http/malformed-url";
import { refuseRequest } from "@/lib/http/request-guards";
import { createNonce, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";
import { siteHost } from "@/lib/site/origin";

// The configured public origin's host: server actions may be posted from it too (behind a proxy).
const publicHost = siteHost();

function isStaffPath(pathname: string): boolean {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

// Every request passes through here: it gets a fresh CSP nonce (Next.js reads it
// from the request's Content-Security-Policy header and puts it on its inline
// scripts) and every response the browser security headers.
// Staff pages without a session cookie go to sign-in: a cookie-level shortcut
// only, every page, action and route handler still checks the session itself.
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = securityHeaders({
    nonce,
    https: servedOverHttps(request.nextUrl, request.headers.get("x-forwarded-proto")),
    dev: process.env.NODE_ENV === "development",
  });
  const { pathname } = request.nextUrl;
  let response: NextResponse | Response;
  const hosts = [request.headers.get("host") ?? request.nextUrl.host, publicHost].filter((h): h is string => !!h);
  const refusal = refuseRequest(request, hosts);
  if (refusal) {
    response = refusal;
  } else if (hasMalformedPath(pathname)) {
    response = new NextResponse(BAD_REQUEST_PAGE, {
      status: 400,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  } else if (isStaffPath(pathname) && !pathname.startsWith("/admin/sign-in") && !hasSessionCookie(request.cookies)) {
    response = NextResponse.redirect(new URL("/admin/sign-in", request.url));
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("content-security-policy", headers["content-security-policy"]!);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Every path, static files included: the headers are on every response.
export const config = { matcher: ["/:path*"] };
