import "server-only";
import { env } from "@/lib/env";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { type StaffSession, requireStaff } from "./roles";
import { SESSION_ABSOLUTE_MS, endSession, resolveSession } from "./session";
import { cookiesMayBeInsecure, sessionCookieName } from "./session-cookie";

/** The signed-in staff member of this request, or null. */
export async function currentStaff(): Promise<StaffSession | null> {
  const token = (await cookies()).get(sessionCookieName())?.value;
  return resolveSession(db(), token);
}

/** For staff pages: the session, or a redirect to sign-in (or to the overview when the role is too low). */
export async function requireStaffPage(role?: StaffRole): Promise<StaffSession> {
  const session = await currentStaff();
  if (!session) redirect("/admin/sign-in");
  if (role === "ADMIN" && session.role !== "ADMIN") redirect("/admin?forbidden=1");
  return requireStaff(session, role);
}

// Secure in production; ADMIN_INSECURE_COOKIE=1 allows plain HTTP only when the server listens on loopback (tests, demos).
export function staffCookiesSecure(): boolean {
  const { NODE_ENV, ADMIN_INSECURE_COOKIE, HOST } = env();
  return !cookiesMayBeInsecure({ NODE_ENV, ADMIN_INSECURE_COOKIE, HOST });
}

export async function setSessionCookie(token: string): Promise<void> {
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: staffCookiesSecure(),
    path: "/",
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export async function signOutCurrent(): Promise<void> {
  const jar = await cookies();
  await endSession(db(), jar.get(sessionCookieName())?.value);
  jar.delete(sessionCookieName());
}
