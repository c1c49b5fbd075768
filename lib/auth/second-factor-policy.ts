import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { writeAccountAudit } from "@/lib/admin/write";
import { type RequestContext, recordSecurityEvent } from "@/lib/security/events";
import { demoAccounts } from "./demo-accounts";
import { type StaffSession, requireStaff } from "./roles";

/**
 * Who must use a second factor: admins always; every staff member when an admin
 * has switched on "require for all staff" (one row in security_setting). An
 * account that has one is always asked for it, required or not.
 *
 * The demo accounts, whose passwords are public in the README, exist only on the
 * embedded demo database and in the browser tests (DEMO_ACCOUNTS=1); there they
 * are not sent to enrolment, so the demo and the tests sign in with a password.
 */
export type SecondFactorPolicy = { requireForAll: boolean };

export async function secondFactorPolicy(prisma: PrismaClient): Promise<SecondFactorPolicy> {
  const row = await prisma.securitySetting.findUnique({ where: { id: 1 } });
  return { requireForAll: row?.requireSecondFactorForAll ?? false };
}

export function secondFactorRequired(
  account: { email: string; role: StaffRole },
  policy: SecondFactorPolicy,
  { demoAccountsExempt = false }: { demoAccountsExempt?: boolean } = {},
): boolean {
  if (demoAccountsExempt && demoAccounts.some((d) => d.email === account.email)) return false;
  return account.role === "ADMIN" || policy.requireForAll;
}

const policyInput = z.object({ requireForAll: z.boolean() });

/** An admin switches "require a second factor for all staff" on or off; audited and logged. */
export async function setSecondFactorPolicy(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
  context?: RequestContext,
): Promise<void> {
  const admin = requireStaff(session, "ADMIN");
  const { requireForAll } = policyInput.parse(input);
  await prisma.$transaction(async (tx) => {
    const before = await tx.securitySetting.findUnique({ where: { id: 1 } });
    await tx.securitySetting.upsert({
      where: { id: 1 },
      create: { id: 1, requireSecondFactorForAll: requireForAll, updatedById: admin.userId },
      update: { requireSecondFactorForAll: requireForAll, updatedById: admin.userId },
    });
    await writeAccountAudit(tx, {
      actorId: admin.userId,
      recordType: "settings",
      recordId: 1,
      action: "settings",
      before: { requireSecondFactorForAll: before?.requireSecondFactorForAll ?? false },
      after: { requireSecondFactorForAll: requireForAll },
    });
    await recordSecurityEvent(tx, {
      kind: "second-factor-policy",
      actorId: admin.userId,
      email: admin.email,
      context,
      detail: { requireForAll },
    });
  });
}
