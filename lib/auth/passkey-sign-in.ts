import {
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
} from "@simplewebauthn/server";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/security/events";
import { keepChallenge, takeChallenge } from "./passkey-challenge";
import { type PasskeyParty, passkeyParty } from "./passkey-party";
import { type SecondFactorCheck, type SecondFactorSignInResult, secondFactorAttempt } from "./second-factor-sign-in";
import { type PendingSession, resolvePendingSession } from "./session";

/**
 * What the browser needs to sign with one of the account's passkeys at the code step, the challenge kept on the
 * waiting session. Null when the session is not waiting for a second factor or the account has no passkey.
 */
export async function passkeySignInOptions(
  prisma: PrismaClient,
  pendingToken: string | undefined,
  party: PasskeyParty = passkeyParty(),
  now = new Date(),
): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const pending = await resolvePendingSession(prisma, pendingToken, now);
  if (!pending || pending.stage !== "second-factor") return null;
  const passkeys = await prisma.staffPasskey.findMany({
    where: { userId: pending.userId },
    select: { credentialId: true, transports: true },
  });
  if (passkeys.length === 0) return null;
  const options = await generateAuthenticationOptions({
    rpID: party.rpID,
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports })),
    userVerification: "preferred",
    timeout: 120_000,
  });
  await keepChallenge(prisma, pending.tokenHash, options.challenge, now);
  return options;
}

/** Whether the code step offers "use a passkey" to this account. */
export async function accountHasPasskey(prisma: PrismaClient, userId: number): Promise<boolean> {
  return (await prisma.staffPasskey.count({ where: { userId } })) > 0;
}

const base64url = z.string().regex(/^[A-Za-z0-9_-]*$/);
const assertionInput = z.looseObject({
  id: base64url.min(1).max(1400),
  rawId: base64url.min(1).max(1400),
  type: z.literal("public-key"),
  response: z.looseObject({
    clientDataJSON: base64url.max(20_000),
    authenticatorData: base64url.max(20_000),
    signature: base64url.max(2_000),
    userHandle: base64url.max(200).optional(),
  }),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
});

/**
 * The code step answered with a passkey: one attempt of the second factor (throttled, counted against the waiting
 * session, evented like a code; see secondFactorAttempt), passed when `acceptPasskey` accepts the answer.
 */
export async function signInWithPasskey(
  prisma: PrismaClient,
  pendingToken: string | undefined,
  input: unknown,
  context: RequestContext,
  party: PasskeyParty = passkeyParty(),
  now = new Date(),
): Promise<SecondFactorSignInResult> {
  return secondFactorAttempt(prisma, pendingToken, context, now, "passkey", (pending) =>
    acceptPasskey(prisma, pending, input, party, now),
  );
}

/**
 * Accepts a passkey's answer when it signs the session's challenge (taken once, whatever the outcome, and only
 * before it expires) for this site's origin and RP ID, with a passkey of this account, and its signature counter is
 * above the stored one. The counter is raised in the statement that checks it, so of two answers with the same
 * counter (a cloned authenticator, or a replay) only one passes.
 */
async function acceptPasskey(
  prisma: PrismaClient,
  pending: PendingSession,
  input: unknown,
  party: PasskeyParty,
  now: Date,
): Promise<SecondFactorCheck> {
  const challenge = await takeChallenge(prisma, pending.tokenHash, now);
  const parsed = assertionInput.safeParse(input);
  if (!challenge || !parsed.success) return { ok: false };
  const passkey = await prisma.staffPasskey.findFirst({
    where: { credentialId: parsed.data.id, userId: pending.userId },
  });
  if (!passkey) return { ok: false };
  let newCounter: number;
  try {
    const verified = await verifyAuthenticationResponse({
      response: parsed.data as unknown as AuthenticationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: party.origin,
      expectedRPID: party.rpID,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.signCount),
        transports: passkey.transports,
      },
      requireUserVerification: false,
    });
    if (!verified.verified) return { ok: false };
    newCounter = verified.authenticationInfo.newCounter;
  } catch {
    return { ok: false };
  }
  // Authenticators that keep no counter always send 0; any other must go up.
  const { count } = await prisma.staffPasskey.updateMany({
    where: { id: passkey.id, signCount: newCounter === 0 ? 0 : { lt: newCounter } },
    data: { signCount: newCounter, lastUsedAt: now },
  });
  return count === 1 ? { ok: true, method: "passkey" } : { ok: false };
}
