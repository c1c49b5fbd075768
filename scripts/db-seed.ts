import "./load-env";
import { createPrismaClient } from "@/lib/db/client";
import { checkConnection } from "@/lib/db/health";
import { seedDemoData } from "@/lib/db/seed";
import { openDatabaseTarget } from "@/lib/db/target";
import { runScript } from "./run-script";

// Loads regions and the demo data; safe to run again (it adds only what is missing).
runScript(async () => {
  const target = await openDatabaseTarget();
  const prisma = createPrismaClient(target.url, 1);
  try {
    console.log(`Database: ${target.description}`);
    await checkConnection(target.url);
    const { repaired, ...created } = await seedDemoData(prisma);
    const summary = Object.entries(created)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(", ");
    console.log(`Seed done. Created: ${summary}.`);
    if (repaired.corrected || repaired.retired || repaired.samplesUnverified || repaired.seededUnverified)
      console.log(
        `Corrected demo content: ${repaired.corrected} fields, ${repaired.retired} duplicate policies retired, review dates removed from ${repaired.samplesUnverified} sample organizations and ${repaired.seededUnverified} seeded needs, policies and modes nobody reviewed.`,
      );
  } finally {
    await prisma.$disconnect();
    await target.close();
  }
});
