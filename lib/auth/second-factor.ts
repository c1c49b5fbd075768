import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeAccountAudit } from "@/lib/admin/account-audit";
import { type RequestContext, recordSecurityEvent } from "@/lib/security/events";
import { accountSnapshot } from "./account-snapshot";
import { NotSignedInError, type StaffSession, requireStaff } from "./roles";
import { openSecret, sealSecret } from "./secret-box";
import {
  matchingTimeStep,
  newRecoveryCodes,
  newTotpSecret,
  qrCodeDataUrl,
  recoveryCodeHash,
  totpCodeOf,
  totpUri,
} from "./totp";

/** The one schema of the code fields (enrolment, sign-in): six digits, or a recovery code at sign-in. */
export const secondFactorCodeSchema = z.object({ code: z.string().trim().min(1).max(40) });

/** Who may set up a second factor: a signed-in staff member, or one whose password sign-in requires enrolment. */
export type Enrolling = Pick<StaffSession, "userId" | "email">;

export type SecondFactorStatus = { enrolled: boolean; enabledAt: Date | null; recoveryCodesLeft: number };

export async function secondFactorStatus(prisma: PrismaClient, userId: number): Promise<SecondFactorStatus> {
  const user = await prisma.staffUser.findUniqueOrThrow({
    where: { id: userId },
    select: { totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  return {
    enrolled: user.totpEnabledAt !== null,
    enabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user._count.recoveryCodes,
  };
}

export type EnrolmentOffer = { secret: string; uri: string; qrCode: string };

/**
 * The secret to set up (kept as pending until a code confirms it, so reloading the page shows the same one), its
 * otpauth link and QR code. Null when the account already has a second factor.
 */
export async function enrolmentOffer(
  prisma: PrismaClient,
  who: Enrolling | null,
  key: string | undefined,
): Promise<EnrolmentOffer | null> {
  if (!who) throw new NotSignedInError();
  const user = await prisma.staffUser.findUniqueOrThrow({
    where: { id: who.userId },
    select: { totpEnabledAt: true, totpPendingSecret: true },
  });
  if (user.totpEnabledAt) return null;
  let secret: string;
  try {
    secret = user.totpPendingSecret ? openSecret(user.totpPendingSecret, key) : "";
  } catch {
    secret = ""; // sealed under another key: offer a new one
  }
  if (!secret) {
    secret = newTotpSecret();
    await prisma.staffUser.update({ where: { id: who.userId }, data: { totpPendingSecret: sealSecret(secret, key) } });
  }
  const uri = totpUri(who.email, secret);
  return { secret, uri, qrCode: await qrCodeDataUrl(uri) };
}

/** Why a code was not taken: not six digits, not the app's current code, or the setup is gone (reset, expired). */
export type CodeProblem = "invalidCode" | "wrongCode" | "enrolmentExpired";
export type EnrolResult = { ok: true; recoveryCodes: string[] } | { ok: false; problem: CodeProblem };

/**
 * Confirms the pending secret with a code from the app: the secret becomes the account's, that code's time step
 * counts as used, and ten new recovery codes are made (returned once, stored hashed).
 */
export async function confirmEnrolment(
  prisma: PrismaClient,
  who: Enrolling | null,
  input: unknown,
  key: string | undefined,
  context?: RequestContext,
  now = new Date(),
): Promise<EnrolResult> {
  if (!who) throw new NotSignedInError();
  const parsed = secondFactorCodeSchema.safeParse(input);
  const code = parsed.success ? totpCodeOf(parsed.data.code) : null;
  if (!code) return { ok: false, problem: "invalidCode" };
  const user = await prisma.staffUser.findUniqueOrThrow({
    where: { id: who.userId },
    select: { totpPendingSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt || !user.totpPendingSecret) return { ok: false, problem: "enrolmentExpired" };
  let step: number | null;
  try {
    step = await matchingTimeStep(openSecret(user.totpPendingSecret, key), code, now);
  } catch {
    return { ok: false, problem: "enrolmentExpired" };
  }
  if (step === null) return { ok: false, problem: "wrongCode" };
  const codes = newRecoveryCodes();
  const done = await prisma.$transaction(async (tx) => {
    const before = await accountSnapshot(tx, who.userId);
    // Only the pending secret just checked is promoted (a reset or another tab in between wins).
    const { count } = await tx.staffUser.updateMany({
      where: { id: who.userId, totpEnabledAt: null, totpPendingSecret: user.totpPendingSecret },
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
    });
    if (count === 0) return false;
    await tx.staffRecoveryCode.deleteMany({ where: { userId: who.userId } });
    await tx.staffRecoveryCode.createMany({
      data: codes.map((c) => ({ userId: who.userId, codeHash: recoveryCodeHash(c) })),
    });
    await writeAccountAudit(tx, {
      actorId: who.userId,
      recordType: "staff",
      recordId: who.userId,
      action: "second-factor-on",
      before,
      after: await accountSnapshot(tx, who.userId),
    });
    await recordSecurityEvent(tx, { kind: "second-factor-enrol", email: who.email, actorId: who.userId, context });
    return true;
  });
  return done ? { ok: true, recoveryCodes: codes } : { ok: false, problem: "enrolmentExpired" };
}

const resetInput = z.object({ userId: z.coerce.number<unknown>().int().positive() });

/**
 * An admin removes a staff member's second factor (a lost phone): secret, pending secret, recovery codes and
 * passkeys go, and every session of that account ends, so the next sign-in sets up a new one where it is required.
 */
export async function resetSecondFactor(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
  context?: RequestContext,
): Promise<boolean> {
  const admin = requireStaff(session, "ADMIN");
  const parsed = resetInput.safeParse(input);
  if (!parsed.success) return false;
  const { userId } = parsed.data;
  return prisma.$transaction(async (tx) => {
    const target = await tx.staffUser.findUnique({ where: { id: userId }, select: { id: true } });
    if (!target) return false;
    const before = await accountSnapshot(tx, userId);
    await tx.staffUser.update({
      where: { id: userId },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    await tx.staffRecoveryCode.deleteMany({ where: { userId: userId } });
    // Passkeys stand beside the app (decision 051): a reset leaves the account with no second factor at all.
    await tx.staffPasskey.deleteMany({ where: { userId: userId } });
    await tx.staffSession.deleteMany({ where: { userId: userId, tokenHash: { not: admin.tokenHash } } });
    await writeAccountAudit(tx, {
      actorId: admin.userId,
      recordType: "staff",
      recordId: userId,
      action: "second-factor-reset",
      before,
      after: await accountSnapshot(tx, userId),
    });
    await recordSecurityEvent(tx, { kind: "second-factor-reset", email: before.email, actorId: admin.userId, context });
    return true;
  });
}

export type CodeCheck = { ok: true; method: "totp" | "recovery" } | { ok: false };

/**
 * Checks a code given at sign-in: a TOTP code of the account's secret within the window whose time step is later
 * than the last one accepted (set in the same statement, so a code works once, even twice at the same moment), or
 * an unused recovery code (marked used in the same statement).
 */
export async function acceptSecondFactor(
  prisma: PrismaClient,
  userId: number,
  given: string,
  key: string | undefined,
  now = new Date(),
): Promise<CodeCheck> {
  const user = await prisma.staffUser.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true } });
  if (!user.totpSecret) return { ok: false };
  const code = totpCodeOf(given);
  if (code) {
    const step = await matchingTimeStep(openSecret(user.totpSecret, key), code, now);
    if (step === null) return { ok: false };
    const taken = await prisma.$executeRaw`
      UPDATE staff_user SET totp_last_step = ${step}
      WHERE id = ${userId} AND (totp_last_step IS NULL OR totp_last_step < ${step})`;
    return taken === 1 ? { ok: true, method: "totp" } : { ok: false };
  }
  const { count } = await prisma.staffRecoveryCode.updateMany({
    where: { userId, codeHash: recoveryCodeHash(given), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1 ? { ok: true, method: "recovery" } : { ok: false };
}
