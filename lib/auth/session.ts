import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffSession } from "./roles";

/** Idle and absolute lifetimes of a staff session. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so that reading a page is not a write each time. */
const TOUCH_EVERY_MS = 60 * 1000;

export { SESSION_COOKIE } from "./session-cookie";

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Starts a new session (always a new id, so a token planted before sign-in is useless) and returns its token. */
export async function startSession(prisma: PrismaClient, userId: number, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await prisma.staffSession.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
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
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!row) return null;
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
