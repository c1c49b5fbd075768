import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createStaffUser } from "./accounts";
import { demoAccounts } from "./demo-accounts";

/**
 * The first staff accounts. With ADMIN_EMAIL and ADMIN_PASSWORD set, creates
 * that admin when there is no staff account yet; on the embedded demo database
 * (or with DEMO_ACCOUNTS=1, as the browser tests set), creates the demo admin
 * and editor. A real database never gets an account nobody asked for.
 */
export async function ensureFirstStaff(
  prisma: PrismaClient,
  options: { embedded: boolean; env: Record<string, string | undefined> },
): Promise<string[]> {
  if ((await prisma.staffUser.count()) > 0) return [];
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password, ADMIN_NAME: name } = options.env;
  const wanted =
    email && password
      ? [{ email, password, name: name || email, role: "ADMIN" as const }]
      : options.embedded || options.env.DEMO_ACCOUNTS === "1"
        ? demoAccounts
        : [];
  const created: string[] = [];
  for (const account of wanted) {
    const result = await createStaffUser(prisma, account);
    if (!result.ok)
      throw new Error(
        `cannot create the staff account ${account.email}: ${Object.entries(result.fieldErrors)
          .map(([field, e]) => `${field} ${e.key}`)
          .join(", ")}`,
      );
    created.push(`${account.email} (${account.role})`);
  }
  return created;
}
