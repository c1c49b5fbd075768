import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeAccountAudit } from "@/lib/admin/write";
import { type StaffSession, requireStaff } from "@/lib/auth/roles";
import { type ThrottleRow, clearThrottle, currentThrottles } from "@/lib/auth/throttle";
import { type RequestContext, recordSecurityEvent, securityEventKinds } from "./events";

// The admins' security view (/admin/security): recent events, current throttles, clearing one.

export const EVENTS_PER_PAGE = 50;

/** The page's query: `kind` (one of the event kinds), `account` (an email or part of one), `page`. Bad values are dropped. */
export const eventQuerySchema = z.object({
  kind: z.enum(securityEventKinds).optional().catch(undefined),
  account: z
    .string()
    .trim()
    .toLowerCase()
    .max(200)
    .transform((v) => v.replace(/\0/g, "") || undefined)
    .optional()
    .catch(undefined),
  page: z.coerce.number<unknown>().int().min(1).max(10_000).catch(1).default(1),
});
export type EventQuery = z.infer<typeof eventQuerySchema>;

export type SecurityEventRow = {
  id: number;
  at: Date;
  kind: string;
  email: string | null;
  actorEmail: string | null;
  address: string | null;
  requestId: string | null;
  detail: string;
};

export async function listSecurityEvents(
  prisma: PrismaClient,
  session: StaffSession | null,
  query: EventQuery,
): Promise<{ rows: SecurityEventRow[]; total: number; pages: number }> {
  requireStaff(session, "ADMIN");
  const where = {
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.account ? { email: { contains: query.account } } : {}),
  };
  const [total, events] = await Promise.all([
    prisma.securityEvent.count({ where }),
    prisma.securityEvent.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (query.page - 1) * EVENTS_PER_PAGE,
      take: EVENTS_PER_PAGE,
    }),
  ]);
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is number => id !== null))];
  const actors = new Map(
    (await prisma.staffUser.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } })).map(
      (u) => [u.id, u.email],
    ),
  );
  return {
    total,
    pages: Math.max(1, Math.ceil(total / EVENTS_PER_PAGE)),
    rows: events.map((e) => ({
      id: e.id,
      at: e.at,
      kind: e.kind,
      email: e.email,
      actorEmail: e.actorId === null ? null : (actors.get(e.actorId) ?? null),
      address: e.address,
      requestId: e.requestId,
      detail: e.detail ? JSON.stringify(e.detail) : "",
    })),
  };
}

export async function listThrottles(prisma: PrismaClient, session: StaffSession | null): Promise<ThrottleRow[]> {
  requireStaff(session, "ADMIN");
  return currentThrottles(prisma);
}

/** The account a throttle key is about (`pair:[code:]<email>|<address>`, `account:[code:]<email>`), or null (`ip:`). */
function throttleEmail(key: string): string | null {
  const match = /^(?:pair|account):(?:code:)?([^|]+)/.exec(key);
  return match ? match[1]! : null;
}

const clearInput = z.object({ key: z.string().min(1).max(260) });

/** An admin forgets the failures of one throttle key (someone who mistyped too often); audited and logged. */
export async function clearThrottleAsAdmin(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
  context?: RequestContext,
): Promise<boolean> {
  const admin = requireStaff(session, "ADMIN");
  const { key } = clearInput.parse(input);
  const cleared = await clearThrottle(prisma, key);
  if (cleared)
    await prisma.$transaction(async (tx) => {
      await writeAccountAudit(tx, {
        actorId: admin.userId,
        recordType: "staff",
        recordId: admin.userId,
        action: "throttle-clear",
        after: { key },
      });
      await recordSecurityEvent(tx, {
        kind: "throttle-clear",
        email: throttleEmail(key),
        actorId: admin.userId,
        context,
        detail: { key },
      });
    });
  return cleared;
}
