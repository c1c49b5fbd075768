import "server-only";
import { env } from "@/lib/env";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { type StaffSession, requireStaff } from "./roles";
import { requestContext } from "@/lib/http/request-context";
import { recordSecurityEvent } from "@/lib/security/events";
import { type PendingSession, SESSION_ABSOLUTE_MS, endSession, resolvePendingSession, resolveSession } from "./session";
import { cookiesMayBeInsecure, sessionCookieName } from "./session-cookie";

/** The signed-in staff member of this request, or null. */
export async function currentStaff(): Promise<StaffSession | null> {
  const token = (await cookies()).get(sessionCookieName())?.value;
  return resolveSession(db(), token);
}

/** The session of this request that waits for a second factor or for enrolment, or null. */
export async function pendingStaff(): Promise<PendingSession | null> {
  return resolvePendingSession(db(), (await cookies()).get(sessionCookieName())?.value);
}

/** Where a session is sent that has passed the password but not yet the second factor. */
export const pendingPath = { "second-factor": "/admin/sign-in/code", enrol: "/admin/second-factor" } as const;

/** For staff pages: the session, or a redirect to sign-in (or to the overview when the role is too low). */
export async function requireStaffPage(role?: StaffRole): Promise<StaffSession> {
  const session = await currentStaff();
  if (!session) {
    const pending = await pendingStaff();
    redirect(pending ? pendingPath[pending.stage] : "/admin/sign-in");
  }
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
  const token = jar.get(sessionCookieName())?.value;
  const staff = (await resolveSession(db(), token)) ?? (await resolvePendingSession(db(), token));
  await endSession(db(), token);
  jar.delete(sessionCookieName());
  if (staff) await recordSecurityEvent(db(), { kind: "sign-out", email: staff.email, context: await requestContext() });
}
