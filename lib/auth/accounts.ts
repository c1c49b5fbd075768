import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { writeAccountAudit } from "@/lib/admin/write";
import { withDatabaseErrors, DataIntegrityError } from "@/lib/db/errors";
import { type RequestContext, recordSecurityEvent } from "@/lib/security/events";
import { accountSnapshot } from "./account-snapshot";
import { type FieldErrors, fieldErrorsOf } from "@/lib/forms/field-errors";
import { hashPassword, verifyPassword } from "./password";
import { type StaffSession, requireStaff } from "./roles";
import { passwordChangeSchema, staffAccountSchema } from "./schemas";

export type StaffAccount = {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  disabled: boolean;
  activeSessions: number;
  secondFactor: boolean;
};
export type FormResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

/**
 * Creates a staff account. Without `actorId` there is no session check: for the command line and first start only
 * (createStaffAccount is the checked one). The account's audit entry and security event are written with it.
 */
export async function createStaffUser(
  prisma: PrismaClient,
  input: unknown,
  { actorId = null, context }: { actorId?: number | null; context?: RequestContext } = {},
): Promise<FormResult & { id?: number }> {
  const parsed = staffAccountSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { password, ...fields } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    const id = await withDatabaseErrors(() =>
      prisma.$transaction(async (tx) => {
        const { id } = await tx.staffUser.create({ data: { ...fields, passwordHash }, select: { id: true } });
        await writeAccountAudit(tx, {
          actorId,
          recordType: "staff",
          recordId: id,
          action: "create",
          after: await accountSnapshot(tx, id),
        });
        await recordSecurityEvent(tx, {
          kind: "account-create",
          email: fields.email,
          actorId,
          context,
          detail: { role: fields.role },
        });
        return id;
      }),
    );
    return { ok: true, id };
  } catch (error) {
    if (error instanceof DataIntegrityError && error.kind === "duplicate")
      return { ok: false, fieldErrors: { email: { key: "duplicate" } } };
    throw error;
  }
}

export async function listStaffAccounts(prisma: PrismaClient, session: StaffSession | null): Promise<StaffAccount[]> {
  requireStaff(session, "ADMIN");
  const users = await prisma.staffUser.findMany({
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      totpEnabledAt: true,
      _count: { select: { sessions: { where: { stage: "full" } } } },
    },
  });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: u.disabledAt !== null,
    activeSessions: u._count.sessions,
    secondFactor: u.totpEnabledAt !== null,
  }));
}

export async function createStaffAccount(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
  context?: RequestContext,
): Promise<FormResult> {
  const admin = requireStaff(session, "ADMIN");
  return createStaffUser(prisma, input, { actorId: admin.userId, context });
}

/** Disables (and signs out everywhere) or re-enables an account. Admins cannot lock themselves out. */
export async function setStaffDisabled(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: { userId: number; disabled: boolean },
  context?: RequestContext,
): Promise<void> {
  const staff = requireStaff(session, "ADMIN");
  if (input.userId === staff.userId)
    throw new DataIntegrityError("invalid-value", "You cannot disable your own account.");
  await prisma.$transaction(async (tx) => {
    const before = await accountSnapshot(tx, input.userId);
    await tx.staffUser.update({
      where: { id: input.userId },
      data: { disabledAt: input.disabled ? new Date() : null },
    });
    if (input.disabled) await tx.staffSession.deleteMany({ where: { userId: input.userId } });
    const action = input.disabled ? "disable" : "enable";
    await writeAccountAudit(tx, {
      actorId: staff.userId,
      recordType: "staff",
      recordId: input.userId,
      action,
      before,
      after: await accountSnapshot(tx, input.userId),
    });
    await recordSecurityEvent(tx, { kind: `account-${action}`, email: before.email, actorId: staff.userId, context });
  });
}

/** Changes one's own password after checking the current one; other sessions of the account end. */
export async function changeOwnPassword(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
  context?: RequestContext,
): Promise<FormResult> {
  const staff = requireStaff(session);
  const parsed = passwordChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const user = await prisma.staffUser.findUniqueOrThrow({
    where: { id: staff.userId },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(parsed.data.currentPassword, user.passwordHash)))
    return { ok: false, fieldErrors: { currentPassword: { key: "invalid" } } };
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: staff.userId }, data: { passwordHash } });
    await tx.staffSession.deleteMany({ where: { userId: staff.userId, tokenHash: { not: staff.tokenHash } } });
    const snapshot = await accountSnapshot(tx, staff.userId);
    await writeAccountAudit(tx, {
      actorId: staff.userId,
      recordType: "staff",
      recordId: staff.userId,
      action: "password",
      before: snapshot,
      after: snapshot,
    });
    await recordSecurityEvent(tx, { kind: "password-change", email: staff.email, actorId: staff.userId, context });
  });
  return { ok: true };
}
