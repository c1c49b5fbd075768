import type { PrismaClient } from "@/lib/generated/prisma/client";

/** How long a browser may take between asking for a challenge and answering it. */
export const PASSKEY_CHALLENGE_MS = 5 * 60 * 1000;

/** Keeps the challenge just given to this session's browser, replacing any earlier one. */
export async function keepChallenge(
  prisma: PrismaClient,
  tokenHash: string,
  challenge: string,
  now: Date,
): Promise<void> {
  await prisma.staffSession.update({
    where: { tokenHash },
    data: { passkeyChallenge: challenge, passkeyChallengeExpiresAt: new Date(now.getTime() + PASSKEY_CHALLENGE_MS) },
  });
}

/**
 * Takes the session's challenge for one answer: it is cleared in the statement that takes it, so a second answer to
 * the same challenge (a replay, or two tabs at once) finds none. Null when there is none or it has expired.
 */
export async function takeChallenge(prisma: PrismaClient, tokenHash: string, now: Date): Promise<string | null> {
  const row = await prisma.staffSession.findUnique({
    where: { tokenHash },
    select: { passkeyChallenge: true, passkeyChallengeExpiresAt: true },
  });
  if (!row?.passkeyChallenge || !row.passkeyChallengeExpiresAt) return null;
  const { count } = await prisma.staffSession.updateMany({
    where: { tokenHash, passkeyChallenge: row.passkeyChallenge },
    data: { passkeyChallenge: null, passkeyChallengeExpiresAt: null },
  });
  return count === 1 && row.passkeyChallengeExpiresAt > now ? row.passkeyChallenge : null;
}
