import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type FieldErrors, fieldErrorsOf } from "@/lib/forms/field-errors";
import { decoyHash, verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import { startSession } from "./session";
import { clearFailures, recordFailure, throttleKey, throttleWait } from "./throttle";

export type SignInResult =
  | { ok: true; token: string }
  | { ok: false; reason: "invalid-input"; fieldErrors: FieldErrors }
  | { ok: false; reason: "wrong-credentials" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks an email and password and starts a new session. Wrong answers are
 * counted per account and per IP; while either must wait, nothing is checked.
 * An unknown email, a wrong password and a disabled account look the same.
 */
export async function signIn(
  prisma: PrismaClient,
  input: unknown,
  ip: string,
  now = new Date(),
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, password } = parsed.data;
  const accountKey = throttleKey("account", email);
  const ipKey = throttleKey("ip", ip);

  const wait = await throttleWait(prisma, [accountKey, ipKey], now);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: Math.ceil(wait / 1000) };

  const user = await prisma.staffUser.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !passwordMatches || user.disabledAt) {
    await recordFailure(
      prisma,
      [
        { key: accountKey, kind: "account" },
        { key: ipKey, kind: "ip" },
      ],
      now,
    );
    return { ok: false, reason: "wrong-credentials" };
  }
  await clearFailures(prisma, accountKey);
  return { ok: true, token: await startSession(prisma, user.id, now) };
}
