import "server-only";
import { env } from "@/lib/env";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { type StaffSession, requireStaff } from "./roles";
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE, endSession, resolveSession } from "./session";

/** The signed-in staff member of this request, or null. */
export async function currentStaff(): Promise<StaffSession | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return resolveSession(db(), token);
}

/** For staff pages: the session, or a redirect to sign-in (or to the overview when the role is too low). */
export async function requireStaffPage(role?: StaffRole): Promise<StaffSession> {
  const session = await currentStaff();
  if (!session) redirect("/admin/sign-in");
  if (role === "ADMIN" && session.role !== "ADMIN") redirect("/admin?forbidden=1");
  return requireStaff(session, role);
}

// Secure in production; ADMIN_INSECURE_COOKIE=1 allows plain-HTTP use of a production build on a loopback address (tests, demos).
const secure = () => env().NODE_ENV === "production" && env().ADMIN_INSECURE_COOKIE !== "1";

export async function setSessionCookie(token: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export async function signOutCurrent(): Promise<void> {
  const jar = await cookies();
  await endSession(db(), jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
}
