import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { REPORT_BODY_LIMIT_BYTES, reportPagePaths } from "@/lib/reports/limits";

// A cookie-level shortcut only: staff pages without a session cookie go to
// sign-in. Every page, action and route handler still checks the session itself.
// The public report pages refuse oversized posts here, with a clear 413 instead of the framework's 500.
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if ((reportPagePaths as readonly string[]).includes(path)) {
    const length = Number(request.headers.get("content-length") ?? 0);
    if (request.method === "POST" && (!Number.isFinite(length) || length > REPORT_BODY_LIMIT_BYTES))
      return new NextResponse(
        path.startsWith("/en")
          ? "Too much text: a report holds at most 4,000 characters. Go back, shorten it and send it again."
          : "内容太长：一份报告最多 4000 个字。请返回、删减后再提交。",
        { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } },
      );
    return NextResponse.next();
  }
  if (path.startsWith("/admin/sign-in") || request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  return NextResponse.redirect(new URL("/admin/sign-in", request.url));
}

export const config = { matcher: ["/admin", "/admin/:path*", "/report", "/suggest", "/en/report", "/en/suggest"] };
