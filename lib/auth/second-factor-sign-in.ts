import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type RequestContext, logSecurityEvent, recordSecurityEvent } from "@/lib/security/events";
import { acceptSecondFactor, secondFactorCodeSchema } from "./second-factor";
import { type PendingSession, endSession, resolvePendingSession, startSession } from "./session";
import { releaseAttempt, reserveAttempt, throttleKeys } from "./throttle";

/** Wrong codes one second-factor session may give before it ends and the password is asked again. */
export const CODE_FAILURES_PER_SESSION = 5;

export type SecondFactorSignInResult =
  | { ok: true; token: string }
  | { ok: false; reason: "expired" | "wrong-code" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * The second step of sign-in: the session waiting for a code (`pendingToken`) gets
 * a TOTP code or a recovery code (a passkey goes through ./passkey-sign-in.ts and
 * the same attempt below).
 */
export async function signInSecondFactor(
  prisma: PrismaClient,
  pendingToken: string | undefined,
  input: unknown,
  context: RequestContext,
  key: string | undefined,
  now = new Date(),
): Promise<SecondFactorSignInResult> {
  const parsed = secondFactorCodeSchema.safeParse(input);
  return secondFactorAttempt(prisma, pendingToken, context, now, "code", async (pending) =>
    parsed.success ? acceptSecondFactor(prisma, pending.userId, parsed.data.code, key, now) : { ok: false },
  );
}

/** What a second factor's check found: the method that passed, or a refusal. */
export type SecondFactorCheck = { ok: true; method: "totp" | "recovery" | "passkey" } | { ok: false };

/**
 * One attempt at the second factor, whatever its kind. Guessing is bounded twice:
 * the attempt is reserved under the sign-in throttle's row lock before `check`
 * runs (keys `pair:code:<email>|<address>` and `ip:<address>`, without the
 * per-account slowdown, so a right answer is never refused because others guess
 * at the account), and a waiting session ends after CODE_FAILURES_PER_SESSION
 * refusals, so each further try costs a throttled password check. A pass replaces
 * the waiting session with a new full one (a new token).
 */
export async function secondFactorAttempt(
  prisma: PrismaClient,
  pendingToken: string | undefined,
  context: RequestContext,
  now: Date,
  kind: "code" | "passkey",
  check: (pending: PendingSession) => Promise<SecondFactorCheck>,
): Promise<SecondFactorSignInResult> {
  const pending = await resolvePendingSession(prisma, pendingToken, now);
  if (!pending || pending.stage !== "second-factor") return { ok: false, reason: "expired" };
  const email = pending.email;

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
  const result = await check(pending);
  if (!result.ok) {
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
      detail: { sessionEnded: ended, kind },
    });
    return { ok: false, reason: ended ? "expired" : "wrong-code" };
  }
  await releaseAttempt(prisma, keys, now);
  await endSession(prisma, pendingToken);
  const token = await startSession(prisma, pending.userId, now);
  if (result.method === "recovery") await recordSecurityEvent(prisma, { kind: "recovery-code-used", email, context });
  await recordSecurityEvent(prisma, { kind: "sign-in-success", email, context, detail: { method: result.method } });
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
