import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SecretKeyMissingError, openSecret, sealSecret } from "./secret-box";

export type RotationReport = {
  /** Accounts whose secrets are now sealed under the current key. */
  resealed: number;
  /** Accounts with a secret no given key opens: left as they are (an admin resets their second factor). */
  unreadable: string[];
};

/**
 * Seals every staff second-factor secret (in use and pending) anew under `key`, opening each with `key` or one of
 * `previous` (unencrypted secrets are sealed too), in one transaction. A row changed meanwhile (an enrolment) is
 * left to its writer: the update matches the value read. Afterwards the previous keys can be dropped.
 */
export async function resealTotpSecrets(
  prisma: PrismaClient,
  key: string,
  previous: readonly string[],
): Promise<RotationReport> {
  return prisma.$transaction(async (tx) => {
    const accounts = await tx.staffUser.findMany({
      where: { OR: [{ totpSecret: { not: null } }, { totpPendingSecret: { not: null } }] },
      select: { id: true, email: true, totpSecret: true, totpPendingSecret: true },
      orderBy: { id: "asc" },
    });
    const report: RotationReport = { resealed: 0, unreadable: [] };
    for (const account of accounts) {
      const reseal = (stored: string | null) =>
        stored === null ? null : sealSecret(openSecret(stored, key, previous), key);
      let sealed: { totpSecret: string | null; totpPendingSecret: string | null };
      try {
        sealed = { totpSecret: reseal(account.totpSecret), totpPendingSecret: reseal(account.totpPendingSecret) };
      } catch (error) {
        if (!(error instanceof SecretKeyMissingError)) throw error;
        report.unreadable.push(account.email);
        continue;
      }
      const { count } = await tx.staffUser.updateMany({
        where: { id: account.id, totpSecret: account.totpSecret, totpPendingSecret: account.totpPendingSecret },
        data: sealed,
      });
      report.resealed += count;
    }
    return report;
  });
}
