import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffSession } from "./roles";

/** Idle and absolute lifetimes of a staff session. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** A session still waiting for a second factor (or for enrolment) lasts this long at most. */
export const PENDING_SESSION_MS = 10 * 60 * 1000;
/** lastSeenAt is written at most this often, so that reading a page is not a write each time. */
const TOUCH_EVERY_MS = 60 * 1000;

export { SESSION_COOKIE } from "./session-cookie";

/** full: signed in. second-factor: a code is due. enrol: the account must set up a second factor first. */
export type SessionStage = "full" | "second-factor" | "enrol";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Starts a new session (always a new id, so a token planted before sign-in is useless) and returns its token.
 * A session short of its second factor (`stage` other than full) is good for nothing but that step, briefly.
 */
export async function startSession(
  prisma: PrismaClient,
  userId: number,
  now = new Date(),
  stage: SessionStage = "full",
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await prisma.staffSession.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      stage,
      expiresAt: new Date(now.getTime() + (stage === "full" ? SESSION_ABSOLUTE_MS : PENDING_SESSION_MS)),
    },
  });
  return token;
}

/** The session a cookie token stands for, or null when it is unknown, idle too long, past its end, or its account is disabled. */
export async function resolveSession(
  prisma: PrismaClient,
  token: string | undefined,
  now = new Date(),
): Promise<StaffSession | null> {
  if (!token) return null;
  const tokenHash = hashToken(token);
  const row = await prisma.staffSession.findUnique({
    where: { tokenHash },
    select: {
      lastSeenAt: true,
      expiresAt: true,
      stage: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  // A session short of its second factor is not signed in.
  if (!row || row.stage !== "full") return null;
  const idle = now.getTime() - row.lastSeenAt.getTime() > SESSION_IDLE_MS;
  if (idle || row.expiresAt <= now || row.user.disabledAt) {
    await prisma.staffSession.deleteMany({ where: { tokenHash } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma.staffSession.updateMany({ where: { tokenHash }, data: { lastSeenAt: now } });
  }
  return { userId: row.user.id, email: row.user.email, name: row.user.name, role: row.user.role, tokenHash };
}

export async function endSession(prisma: PrismaClient, token: string | undefined): Promise<void> {
  if (token) await prisma.staffSession.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/** A session waiting for its second factor or for enrolment: who it is for and what is due. */
export type PendingSession = StaffSession & { stage: Exclude<SessionStage, "full">; codeFailures: number };

/** The pending session a cookie token stands for, or null (unknown, a full session, past its end, account disabled). */
export async function resolvePendingSession(
  prisma: PrismaClient,
  token: string | undefined,
  now = new Date(),
): Promise<PendingSession | null> {
  if (!token) return null;
  const tokenHash = hashToken(token);
  const row = await prisma.staffSession.findUnique({
    where: { tokenHash },
    select: {
      expiresAt: true,
      stage: true,
      codeFailures: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!row || (row.stage !== "second-factor" && row.stage !== "enrol")) return null;
  if (row.expiresAt <= now || row.user.disabledAt) {
    await prisma.staffSession.deleteMany({ where: { tokenHash } });
    return null;
  }
  const { id: userId, email, name, role } = row.user;
  return { userId, email, name, role, tokenHash, stage: row.stage, codeFailures: row.codeFailures };
}
