import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { SECURITY_EVENT_SWEEP_EVERY, sweepSecurityEvents } from "@/lib/retention";

/** Every kind of security event, as stored and as filtered on /admin/security. */
export const securityEventKinds = [
  "sign-in-success",
  "sign-in-password-ok",
  "sign-in-failure",
  "sign-in-throttled",
  "second-factor-failure",
  "second-factor-throttled",
  "recovery-code-used",
  "sign-out",
  "account-create",
  "account-disable",
  "account-enable",
  "password-change",
  "second-factor-enrol",
  "second-factor-reset",
  "second-factor-policy",
  "passkey-added",
  "passkey-removed",
  "throttle-clear",
] as const;
export type SecurityEventKind = (typeof securityEventKinds)[number];

/** Who sent the request an event comes from: the trusted client address and the request id of the server log. */
export type RequestContext = { address: string; requestId?: string | null };

export type SecurityEventInput = {
  kind: SecurityEventKind;
  /** The account concerned (lower-case email), when there is one. */
  email?: string | null;
  /** The signed-in staff member who acted, when it is not the account itself signing in. */
  actorId?: number | null;
  context?: RequestContext;
  /** Plain facts only (a reason, a role, a throttle key): never a password, code, secret or token. */
  detail?: Record<string, string | number | boolean | null>;
};

// Failed and refused sign-ins are warnings in the server log; everything else is information.
const warnings = new Set<SecurityEventKind>([
  "sign-in-failure",
  "sign-in-throttled",
  "second-factor-failure",
  "second-factor-throttled",
]);

/**
 * Writes one security event to the table the admins read, and the same as one JSON line to the server log.
 * Inside a transaction (`tx`) the event is written or rolled back with the change it describes.
 */
export async function recordSecurityEvent(
  prisma: PrismaClient | Prisma.TransactionClient,
  event: SecurityEventInput,
): Promise<void> {
  const email = event.email?.slice(0, 200) ?? null;
  const address = event.context?.address.slice(0, 64) ?? null;
  const requestId = event.context?.requestId?.slice(0, 64) ?? null;
  const { id } = await prisma.securityEvent.create({
    data: { kind: event.kind, email, actorId: event.actorId ?? null, address, requestId, detail: event.detail },
    select: { id: true },
  });
  // The table is kept in bounds by its own writes (decision 018): now and then an event sweeps the old ones.
  if (id % SECURITY_EVENT_SWEEP_EVERY === 0) await sweepSecurityEvents(prisma);
  logSecurityEvent(event);
}

/**
 * The server-log line of a security event alone, for what happens too often to be worth a row each: attempts
 * refused by the throttle (the row is written when the throttle engages; see lib/auth/throttle.ts).
 */
export function logSecurityEvent(event: SecurityEventInput): void {
  const line = {
    event: event.kind,
    email: event.email ?? null,
    actorId: event.actorId ?? undefined,
    address: event.context?.address ?? null,
    requestId: event.context?.requestId ?? null,
    ...event.detail,
  };
  if (warnings.has(event.kind)) logger.warn(line, "security event");
  else logger.info(line, "security event");
}
