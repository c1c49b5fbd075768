import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type FieldErrors, fieldErrorsOf } from "@/lib/forms/field-errors";
import { decoyHash, verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import { startSession } from "./session";
import { releaseAttempt, reserveAttempt, sweepThrottles, throttleKeys } from "./throttle";
import { withVerificationSlot } from "./verification-gate";

export type SignInResult =
  | { ok: true; token: string; userId: number }
  | { ok: false; reason: "invalid-input"; fieldErrors: FieldErrors }
  | { ok: false; reason: "wrong-credentials" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks an email and password and starts a new session. Each attempt is first
 * reserved against the throttle (see ./throttle.ts) in one transaction, so a
 * parallel burst gets no more checks than the policy allows; a throttled or
 * refused attempt costs no password hashing. An unknown email, a wrong
 * password and a disabled account look the same.
 */
export async function signIn(
  prisma: PrismaClient,
  input: unknown,
  address: string,
  now = new Date(),
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, address);

  const reservation = await reserveAttempt(prisma, keys, now);
  if (!reservation.ok)
    return { ok: false, reason: "throttled", retryAfterSeconds: Math.ceil(reservation.retryAfterMs / 1000) };
  if (Math.random() < 0.01) await sweepThrottles(prisma, now);

  const user = await prisma.staffUser.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const hash = user?.passwordHash ?? (await decoyHash());
  const verified = await withVerificationSlot(() => verifyPassword(password, hash));
  // Too many checks already running on this instance: answered at once, and the reservation stays counted.
  if (verified === "busy") return { ok: false, reason: "throttled", retryAfterSeconds: 1 };
  if (!user || !verified || user.disabledAt) return { ok: false, reason: "wrong-credentials" };
  await releaseAttempt(prisma, keys);
  return { ok: true, token: await startSession(prisma, user.id, now), userId: user.id };
}
