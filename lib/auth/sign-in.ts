import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type FieldErrors, fieldErrorsOf } from "@/lib/forms/field-errors";
import { logSecurityEvent, recordSecurityEvent } from "@/lib/security/events";
import { decoyHash, verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import { secondFactorPolicy, secondFactorRequired } from "./second-factor-policy";
import { type SessionStage, endSession, startSession } from "./session";
import { releaseAttempt, reserveAttempt, sweepThrottles, throttleKeys } from "./throttle";
import { withVerificationSlot } from "./verification-gate";

export type SignInResult =
  | { ok: true; token: string; userId: number; stage: SessionStage }
  | { ok: false; reason: "invalid-input"; fieldErrors: FieldErrors }
  | { ok: false; reason: "wrong-credentials" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export type SignInOptions = {
  /** The request id of the server log, kept with the security event. */
  requestId?: string | null;
  /** The demo accounts are not sent to enrolment (embedded demo, browser tests): see ./second-factor-policy.ts. */
  demoAccountsExempt?: boolean;
  /** The session token the browser held before (a new sign-in ends it, so that one browser has one session). */
  previousToken?: string;
};

/**
 * Checks an email and password. Each attempt is first reserved against the
 * throttle (see ./throttle.ts) in one transaction, so a parallel burst gets no
 * more checks than the policy allows; a throttled or refused attempt costs no
 * password hashing. An unknown email, a wrong password and a disabled account
 * look the same. A right password starts a session of the stage the account
 * needs: full, or waiting for its second factor, or for enrolment. Every
 * outcome is a security event.
 */
export async function signIn(
  prisma: PrismaClient,
  input: unknown,
  address: string,
  now = new Date(),
  options: SignInOptions = {},
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, address);
  const context = { address, requestId: options.requestId };

  // The row is written when this attempt makes a key wait; each refused attempt is a log line only, so a
  // hammering client cannot flood the table.
  const reservation = await reserveAttempt(prisma, keys, now, {
    onWait: (tx, waits) =>
      recordSecurityEvent(tx, {
        kind: "sign-in-throttled",
        email,
        context,
        detail: { waitSeconds: Math.ceil(Math.max(...waits.map((w) => w.delayMs)) / 1000), keys: waits.length },
      }),
  });
  if (!reservation.ok) {
    const retryAfterSeconds = Math.ceil(reservation.retryAfterMs / 1000);
    logSecurityEvent({ kind: "sign-in-throttled", email, context, detail: { refused: true, retryAfterSeconds } });
    return { ok: false, reason: "throttled", retryAfterSeconds };
  }
  if (Math.random() < 0.01) await sweepThrottles(prisma, now);

  const user = await prisma.staffUser.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true, role: true, totpEnabledAt: true },
  });
  const hash = user?.passwordHash ?? (await decoyHash());
  const verified = await withVerificationSlot(() => verifyPassword(password, hash));
  // Too many checks already running on this instance: answered at once, and the reservation stays counted.
  if (verified === "busy") {
    logSecurityEvent({ kind: "sign-in-throttled", email, context, detail: { busy: true } });
    return { ok: false, reason: "throttled", retryAfterSeconds: 1 };
  }
  if (!user || !verified || user.disabledAt) {
    const reason = !user ? "unknown-account" : user.disabledAt ? "disabled" : "wrong-password";
    await recordSecurityEvent(prisma, { kind: "sign-in-failure", email, context, detail: { reason } });
    return { ok: false, reason: "wrong-credentials" };
  }
  await releaseAttempt(prisma, keys, now);
  const stage: SessionStage = user.totpEnabledAt
    ? "second-factor"
    : secondFactorRequired({ email, role: user.role }, await secondFactorPolicy(prisma), options)
      ? "enrol"
      : "full";
  await endSession(prisma, options.previousToken);
  const token = await startSession(prisma, user.id, now, stage);
  await recordSecurityEvent(prisma, {
    kind: stage === "full" ? "sign-in-success" : "sign-in-password-ok",
    email,
    context,
    detail: { stage },
  });
  return { ok: true, token, userId: user.id, stage };
}
