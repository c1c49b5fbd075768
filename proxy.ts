import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";

// A cookie-level shortcut only: staff pages without a session cookie go to
// sign-in. Every page, action and route handler still checks the session itself.
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/admin/sign-in") || request.cookies.has(SESSION_COOKIE))
    return NextResponse.next();
  return NextResponse.redirect(new URL("/admin/sign-in", request.url));
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
