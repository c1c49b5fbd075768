import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type RequestContext, logSecurityEvent, recordSecurityEvent } from "@/lib/security/events";
import { acceptSecondFactor, secondFactorCodeSchema } from "./second-factor";
import { endSession, resolvePendingSession, startSession } from "./session";
import { releaseAttempt, reserveAttempt, throttleKeys } from "./throttle";

/** Wrong codes one second-factor session may give before it ends and the password is asked again. */
export const CODE_FAILURES_PER_SESSION = 5;

export type SecondFactorSignInResult =
  | { ok: true; token: string }
  | { ok: false; reason: "expired" | "wrong-code" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * The second step of sign-in: the session waiting for a code (`pendingToken`) gets
 * a TOTP code or a recovery code. Guessing is bounded twice: the attempt is
 * reserved under the sign-in throttle's row lock before the code is checked (keys
 * `pair:code:<email>|<address>` and `ip:<address>`, without the per-account
 * slowdown, so a right code is never refused because others guess at the
 * account), and a waiting session ends after CODE_FAILURES_PER_SESSION wrong
 * codes, so each further try costs a throttled password check. A right code
 * replaces the waiting session with a new full one (a new token).
 */
export async function signInSecondFactor(
  prisma: PrismaClient,
  pendingToken: string | undefined,
  input: unknown,
  context: RequestContext,
  key: string | undefined,
  now = new Date(),
): Promise<SecondFactorSignInResult> {
  const pending = await resolvePendingSession(prisma, pendingToken, now);
  if (!pending || pending.stage !== "second-factor") return { ok: false, reason: "expired" };
  const email = pending.email;
  const parsed = secondFactorCodeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "wrong-code" };

  const keys = throttleKeys(`code:${email}`, context.address);
  // The row is written when this attempt makes a key wait; each refused attempt is a log line only, so a
  // hammering client cannot flood the table.
  const reservation = await reserveAttempt(prisma, keys, now, {
    accountSlowdown: false,
    onWait: (tx, waits) =>
      recordSecurityEvent(tx, {
        kind: "second-factor-throttled",
        email,
        context,
        detail: { waitSeconds: Math.ceil(Math.max(...waits.map((w) => w.delayMs)) / 1000), keys: waits.length },
      }),
  });
  if (!reservation.ok) {
    const retryAfterSeconds = Math.ceil(reservation.retryAfterMs / 1000);
    logSecurityEvent({ kind: "second-factor-throttled", email, context, detail: { refused: true, retryAfterSeconds } });
    return { ok: false, reason: "throttled", retryAfterSeconds };
  }
  const check = await acceptSecondFactor(prisma, pending.userId, parsed.data.code, key, now);
  if (!check.ok) {
    const { count } = await prisma.staffSession.updateMany({
      where: { tokenHash: pending.tokenHash, codeFailures: { lt: CODE_FAILURES_PER_SESSION - 1 } },
      data: { codeFailures: { increment: 1 } },
    });
    const ended = count === 0;
    if (ended) await prisma.staffSession.deleteMany({ where: { tokenHash: pending.tokenHash } });
    await recordSecurityEvent(prisma, {
      kind: "second-factor-failure",
      email,
      context,
      detail: { sessionEnded: ended },
    });
    return { ok: false, reason: ended ? "expired" : "wrong-code" };
  }
  await releaseAttempt(prisma, keys, now);
  await endSession(prisma, pendingToken);
  const token = await startSession(prisma, pending.userId, now);
  if (check.method === "recovery") await recordSecurityEvent(prisma, { kind: "recovery-code-used", email, context });
  await recordSecurityEvent(prisma, { kind: "sign-in-success", email, context, detail: { method: check.method } });
  return { ok: true, token };
}

/**
 * After a required enrolment: the waiting session (stage enrol) of the account that just confirmed its second
 * factor becomes a new full session.
 */
export async function finishEnrolmentSignIn(
  prisma: PrismaClient,
  pendingToken: string | undefined,
  context: RequestContext,
  now = new Date(),
): Promise<string | null> {
  const pending = await resolvePendingSession(prisma, pendingToken, now);
  if (!pending || pending.stage !== "enrol") return null;
  const enrolled = await prisma.staffUser.count({ where: { id: pending.userId, totpEnabledAt: { not: null } } });
  if (!enrolled) return null;
  await prisma.staffSession.deleteMany({ where: { tokenHash: pending.tokenHash } });
  const token = await startSession(prisma, pending.userId, now);
  await recordSecurityEvent(prisma, {
    kind: "sign-in-success",
    email: pending.email,
    context,
    detail: { method: "enrolment" },
  });
  return token;
}
