import {
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
  generateRegistrationOptions,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeAccountAudit } from "@/lib/admin/account-audit";
import { type RequestContext, recordSecurityEvent } from "@/lib/security/events";
import { keepChallenge, takeChallenge } from "./passkey-challenge";
import { type PasskeyParty, passkeyParty } from "./passkey-party";
import { type StaffSession, requireStaff } from "./roles";

/** A passkey as its owner sees it on the second-factor page. */
export type PasskeySummary = { id: number; name: string; createdAt: Date; lastUsedAt: Date | null };

/** The signed-in member's own passkeys, oldest first. */
export async function listPasskeys(prisma: PrismaClient, session: StaffSession | null): Promise<PasskeySummary[]> {
  const staff = requireStaff(session);
  return prisma.staffPasskey.findMany({
    where: { userId: staff.userId },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
    orderBy: { id: "asc" },
  });
}

/**
 * What the browser needs to make a new passkey for the signed-in member, whose challenge is kept on the session
 * row. Null while the account has no authenticator app: the app and its recovery codes stay the factor every
 * account has, and a passkey is a faster way to give it, so removing a passkey never leaves an account without one.
 */
export async function passkeyRegistrationOptions(
  prisma: PrismaClient,
  session: StaffSession | null,
  party: PasskeyParty = passkeyParty(),
  now = new Date(),
): Promise<PublicKeyCredentialCreationOptionsJSON | null> {
  const staff = requireStaff(session);
  const user = await prisma.staffUser.findUniqueOrThrow({
    where: { id: staff.userId },
    select: { name: true, totpEnabledAt: true, passkeys: { select: { credentialId: true, transports: true } } },
  });
  if (!user.totpEnabledAt) return null;
  const options = await generateRegistrationOptions({
    rpName: party.rpName,
    rpID: party.rpID,
    userName: staff.email,
    userDisplayName: user.name,
    // The account id, not the email: the browser may keep this handle, and it says nothing about the person.
    userID: new TextEncoder().encode(`staff:${staff.userId}`),
    attestationType: "none",
    excludeCredentials: user.passkeys.map((p) => ({ id: p.credentialId, transports: p.transports })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
    timeout: 120_000,
  });
  await keepChallenge(prisma, staff.tokenHash, options.challenge, now);
  return options;
}

const base64url = z.string().regex(/^[A-Za-z0-9_-]*$/);
const registrationInput = z.object({
  name: z.string().trim().min(1).max(60),
  response: z.looseObject({
    id: base64url.min(1).max(1400),
    rawId: base64url.min(1).max(1400),
    type: z.literal("public-key"),
    response: z.looseObject({
      clientDataJSON: base64url.max(20_000),
      attestationObject: base64url.max(100_000),
      transports: z.array(z.string().max(20)).max(10).optional(),
    }),
    clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  }),
});

/** Why a new passkey was not kept: no name, the browser's answer is not for this challenge or site, or too late. */
export type PasskeyProblem = "invalidName" | "refused" | "expired";
export type RegisterResult = { ok: true } | { ok: false; problem: PasskeyProblem };

/**
 * Keeps the passkey the browser made, once its answer is checked against the session's challenge (taken once), the
 * site's origin and RP ID. User verification (a PIN, a fingerprint) is asked for but not demanded: the password was
 * given already and the passkey stands for the second factor.
 */
export async function registerPasskey(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
  context?: RequestContext,
  party: PasskeyParty = passkeyParty(),
  now = new Date(),
): Promise<RegisterResult> {
  const staff = requireStaff(session);
  const parsed = registrationInput.safeParse(input);
  if (!parsed.success) {
    const nameProblem = parsed.error.issues.some((issue) => issue.path[0] === "name");
    return { ok: false, problem: nameProblem ? "invalidName" : "refused" };
  }
  const challenge = await takeChallenge(prisma, staff.tokenHash, now);
  if (!challenge) return { ok: false, problem: "expired" };
  let verified;
  try {
    verified = await verifyRegistrationResponse({
      response: parsed.data.response as unknown as RegistrationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: party.origin,
      expectedRPID: party.rpID,
      requireUserVerification: false,
    });
  } catch {
    return { ok: false, problem: "refused" };
  }
  if (!verified.verified) return { ok: false, problem: "refused" };
  const { credential } = verified.registrationInfo;
  const taken = await prisma.staffPasskey.count({ where: { credentialId: credential.id } });
  if (taken) return { ok: false, problem: "refused" };
  await prisma.$transaction(async (tx) => {
    const passkey = await tx.staffPasskey.create({
      data: {
        userId: staff.userId,
        credentialId: credential.id,
        publicKey: credential.publicKey,
        signCount: credential.counter,
        transports: credential.transports ?? [],
        name: parsed.data.name,
        createdAt: now,
      },
    });
    await writeAccountAudit(tx, {
      actorId: staff.userId,
      recordType: "staff",
      recordId: staff.userId,
      action: "passkey-add",
      after: { passkey: passkey.id, name: passkey.name },
    });
    await recordSecurityEvent(tx, {
      kind: "passkey-added",
      email: staff.email,
      actorId: staff.userId,
      context,
      detail: { passkey: passkey.id },
    });
  });
  return { ok: true };
}

const removeInput = z.object({ id: z.coerce.number<unknown>().int().positive() });

/** The signed-in member removes one of their own passkeys; false when it is not theirs or already gone. */
export async function removePasskey(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
  context?: RequestContext,
): Promise<boolean> {
  const staff = requireStaff(session);
  const parsed = removeInput.safeParse(input);
  if (!parsed.success) return false;
  return prisma.$transaction(async (tx) => {
    const passkey = await tx.staffPasskey.findFirst({ where: { id: parsed.data.id, userId: staff.userId } });
    if (!passkey) return false;
    await tx.staffPasskey.delete({ where: { id: passkey.id } });
    await writeAccountAudit(tx, {
      actorId: staff.userId,
      recordType: "staff",
      recordId: staff.userId,
      action: "passkey-remove",
      before: { passkey: passkey.id, name: passkey.name },
    });
    await recordSecurityEvent(tx, {
      kind: "passkey-removed",
      email: staff.email,
      actorId: staff.userId,
      context,
      detail: { passkey: passkey.id },
    });
    return true;
  });
}
