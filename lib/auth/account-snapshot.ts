import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccountSnapshot } from "@/lib/admin/write";

/** An account as its audit entries show it: no password hash, secret or code. */
export async function accountSnapshot(tx: Prisma.TransactionClient, userId: number): Promise<AccountSnapshot> {
  const u = await tx.staffUser.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, role: true, disabledAt: true, totpEnabledAt: true },
  });
  return { email: u.email, name: u.name, role: u.role, disabled: !!u.disabledAt, secondFactor: !!u.totpEnabledAt };
}
