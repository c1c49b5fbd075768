import type { StaffRole } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/log/logger";

/** What the rest of the app knows about the signed-in staff member. */
export type StaffSession = {
  userId: number;
  email: string;
  name: string;
  role: StaffRole;
  tokenHash: string;
};

export class NotSignedInError extends Error {
  override name = "NotSignedInError";
  constructor() {
    super("Sign in to continue.");
  }
}

export class ForbiddenError extends Error {
  override name = "ForbiddenError";
  constructor() {
    super("Your role does not allow this.");
  }
}

/**
 * The check inside every staff operation: a session is required, and `ADMIN`
 * operations refuse editors (and log it). Returns the session so callers can use it.
 */
export function requireStaff(session: StaffSession | null | undefined, role: StaffRole = "EDITOR"): StaffSession {
  if (!session) throw new NotSignedInError();
  if (role === "ADMIN" && session.role !== "ADMIN") {
    // A signed-in member refused by role: a warning line of the server log (ASVS 5.0 16.3.2), like a refused sign-in.
    logger.warn(
      { event: "access-denied", email: session.email, actorId: session.userId, role: session.role, required: role },
      "security event",
    );
    throw new ForbiddenError();
  }
  return session;
}
