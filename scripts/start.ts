import "./load-env";
import { createPrismaClient } from "@/lib/db/client";
import { checkConnection } from "@/lib/db/health";
import { applyMigrations } from "@/lib/db/schema-engine";
import { seedDemoData } from "@/lib/db/seed";
import { ensureFirstStaff } from "@/lib/auth/bootstrap";
import { openDatabaseTarget } from "@/lib/db/target";
import { describeError } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { siteOriginWarning } from "@/lib/site/origin";
import { totpKeyWarning } from "@/lib/auth/secret-box";
import { ensureBuild } from "./build-stamp";
import { startNextServer } from "./next-server";

// `npm start`: picks the database (DATABASE_URL, or the embedded PGlite one),
// applies pending migrations, loads the demo data into the embedded database
// (or wherever SEED_DEMO_DATA=1), creates the first staff accounts (see
// lib/auth/bootstrap.ts), builds the app when its sources changed,
// and serves it. `--dev` serves it with Next's dev server instead.
const dev = process.argv.includes("--dev");

async function main(): Promise<void> {
  const settings = env();
  const target = await openDatabaseTarget();
  console.log(`Database: ${target.description}`);
  await checkConnection(target.url);
  const applied = await applyMigrations(target.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  if (target.embedded || settings.SEED_DEMO_DATA === "1") {
    const prisma = createPrismaClient(target.url, 1);
    try {
      const created = await seedDemoData(prisma);
      if (created.organizations || created.needs)
        console.log(
          `Loaded demo data: ${created.needs} needs, ${created.policies} policies, ${created.modes} modes, ${created.organizations} sample organizations.`,
        );
      const { repaired } = created;
      if (repaired.corrected || repaired.retired || repaired.samplesUnverified || repaired.seededUnverified)
        console.log(
          `Corrected demo content: ${repaired.corrected} fields, ${repaired.retired} duplicate policies retired, review dates removed from ${repaired.samplesUnverified} sample organizations and ${repaired.seededUnverified} seeded needs, policies and modes nobody reviewed.`,
        );
    } finally {
      await prisma.$disconnect();
    }
  }
  const staffClient = createPrismaClient(target.url, 1);
  try {
    const created = await ensureFirstStaff(staffClient, { embedded: target.embedded, env: process.env });
    if (created.length) console.log(`Created staff accounts: ${created.join(", ")} (sign in at /admin; see README).`);
  } finally {
    await staffClient.$disconnect();
  }
  if (!dev) await ensureBuild();
  const production = { ...settings, NODE_ENV: "production" as const };
  const warnings = dev ? [] : [siteOriginWarning(production), totpKeyWarning(production)];
  for (const warning of warnings) if (warning) console.warn(`\n${"!".repeat(72)}\n${warning}\n${"!".repeat(72)}\n`);

  const port = String(settings.PORT);
  const app = startNextServer(dev ? "dev" : "start", port, {
    DATABASE_URL: target.url,
    EMBEDDED_DATABASE: target.embedded ? "1" : "0",
  });
  console.log(`Resource Navigator on http://localhost:${port}`);
  const stop = () => app.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  app.on("exit", (code) => {
    void target.close().finally(() => process.exit(code ?? 0));
  });
}

main().catch((error: unknown) => {
  console.error(`Error: ${describeError(error)}`);
  process.exit(1);
});
