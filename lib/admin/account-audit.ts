import type { Prisma } from "@/lib/generated/prisma/client";

// The audit path of staff accounts and security settings. Apart from lib/admin/write.ts (the records' write path),
// because account changes are also made by the command line and the first start, outside the server runtime that
// the records' path (with its cache invalidation) needs.

/** What an account's audit entry records: never a password hash, secret or code. */
export type AccountSnapshot = {
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  secondFactor: boolean;
};
export type AccountAuditAction =
  | "create"
  | "disable"
  | "enable"
  | "password"
  | "second-factor-on"
  | "second-factor-reset"
  | "passkey-add"
  | "passkey-remove"
  | "throttle-clear"
  | "settings";

/**
 * The audit entry of a change to staff accounts or security settings (record type "staff", or "settings" for the
 * one settings row), written inside the transaction of the change by the operation that checked the session.
 */
export async function writeAccountAudit(
  tx: Prisma.TransactionClient,
  entry: {
    /** Null when no one is signed in (the command line, first start). */
    actorId: number | null;
    recordType: "staff" | "settings";
    recordId: number;
    action: AccountAuditAction;
    before?: AccountSnapshot | Record<string, unknown> | null;
    after?: AccountSnapshot | Record<string, unknown> | null;
  },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      recordType: entry.recordType,
      recordId: entry.recordId,
      action: entry.action,
      staffId: entry.actorId,
      before: (entry.before ?? undefined) as Prisma.InputJsonObject | undefined,
      after: (entry.after ?? undefined) as Prisma.InputJsonObject | undefined,
    },
  });
}
