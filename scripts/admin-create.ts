import "./load-env";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { createStaffUser } from "@/lib/auth/accounts";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/schema-engine";
import { openDatabaseTarget } from "@/lib/db/target";
import { runScript } from "./run-script";

// `npm run admin:create -- --email a@b.org --name 名字 --password '...'`
// creates an admin account on the database in use; missing values are asked for.
runScript(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      role: { type: "string", default: "ADMIN" },
    },
  });
  const ask = async (question: string) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return (await rl.question(question)).trim();
    } finally {
      rl.close();
    }
  };
  const email = values.email ?? (await ask("Email: "));
  const name = values.name ?? (await ask("Name: "));
  const password = values.password ?? (await ask("Password (at least 10 characters): "));
  const target = await openDatabaseTarget();
  await applyMigrations(target.url);
  const prisma = createPrismaClient(target.url, 1);
  try {
    const result = await createStaffUser(prisma, { email, name, password, role: values.role?.toUpperCase() });
    if (!result.ok)
      throw new Error(
        `refused: ${Object.entries(result.fieldErrors)
          .map(([field, e]) => `${field} ${e.key}${e.limit ? ` (${e.limit})` : ""}`)
          .join(", ")}`,
      );
    console.log(`Created ${values.role?.toUpperCase()} account ${email} on ${target.description}.`);
  } finally {
    await prisma.$disconnect();
    await target.close();
  }
});
