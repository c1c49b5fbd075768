import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createStaffUser } from "@/lib/auth/accounts";
import type { StaffSession } from "@/lib/auth/roles";
import { resolveSession, startSession } from "@/lib/auth/session";

/** Creates a staff account and a live session for it, for integration tests. */
export async function staffSession(
  prisma: PrismaClient,
  role: "ADMIN" | "EDITOR",
  email = `${role.toLowerCase()}@test.local`,
): Promise<StaffSession> {
  const created = await createStaffUser(prisma, {
    email,
    name: `Test ${role}`,
    role,
    password: "correct horse battery",
  });
  if (!created.ok || !created.id) throw new Error(`cannot create ${email}`);
  const session = await resolveSession(prisma, await startSession(prisma, created.id));
  if (!session) throw new Error("session did not resolve");
  return session;
}
