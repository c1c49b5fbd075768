import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { withDatabaseErrors, DataIntegrityError } from "@/lib/db/errors";
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
};
export type FormResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

/** Creates a staff account without a session check: for the command line and first start only. */
export async function createStaffUser(prisma: PrismaClient, input: unknown): Promise<FormResult & { id?: number }> {
  const parsed = staffAccountSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { password, ...fields } = parsed.data;
  try {
    const user = await withDatabaseErrors(async () =>
      prisma.staffUser.create({
        data: { ...fields, passwordHash: await hashPassword(password) },
        select: { id: true },
      }),
    );
    return { ok: true, id: user.id };
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
    select: { id: true, email: true, name: true, role: true, disabledAt: true, _count: { select: { sessions: true } } },
  });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: u.disabledAt !== null,
    activeSessions: u._count.sessions,
  }));
}

export async function createStaffAccount(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
): Promise<FormResult> {
  requireStaff(session, "ADMIN");
  return createStaffUser(prisma, input);
}

/** Disables (and signs out everywhere) or re-enables an account. Admins cannot lock themselves out. */
export async function setStaffDisabled(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: { userId: number; disabled: boolean },
): Promise<void> {
  const staff = requireStaff(session, "ADMIN");
  if (input.userId === staff.userId)
    throw new DataIntegrityError("invalid-value", "You cannot disable your own account.");
  await prisma.$transaction([
    prisma.staffUser.update({ where: { id: input.userId }, data: { disabledAt: input.disabled ? new Date() : null } }),
    ...(input.disabled ? [prisma.staffSession.deleteMany({ where: { userId: input.userId } })] : []),
  ]);
}

/** Changes one's own password after checking the current one; other sessions of the account end. */
export async function changeOwnPassword(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
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
  await prisma.$transaction([
    prisma.staffUser.update({ where: { id: staff.userId }, data: { passwordHash } }),
    prisma.staffSession.deleteMany({ where: { userId: staff.userId, tokenHash: { not: staff.tokenHash } } }),
  ]);
  return { ok: true };
}
