import "server-only";
import { NextRequest } from "next/server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ForbiddenError, NotSignedInError, type StaffSession } from "@/lib/auth/roles";
import { SESSION_COOKIE, resolveSession } from "@/lib/auth/session";

/** The staff session of a route handler's request, read from its cookie with Next's parser. */
export function requestSession(request: Request, prisma: PrismaClient): Promise<StaffSession | null> {
  return resolveSession(prisma, new NextRequest(request).cookies.get(SESSION_COOKIE)?.value);
}

/** Runs a staff route handler's work; a missing session is 401 and a missing role 403, never a redirect. */
export async function withStaffErrors(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotSignedInError) return new Response("Sign in first.", { status: 401 });
    if (error instanceof ForbiddenError) return new Response("Forbidden.", { status: 403 });
    throw error;
  }
}
