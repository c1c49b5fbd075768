import "./load-env";
import { checkConnection } from "@/lib/db/health";
import { applyMigrations } from "@/lib/db/schema-engine";
import { openDatabaseTarget } from "@/lib/db/target";
import { runScript } from "./run-script";

// Applies pending migrations from prisma/migrations, as `prisma migrate deploy` does.
runScript(async () => {
  const target = await openDatabaseTarget();
  try {
    console.log(`Database: ${target.description}`);
    await checkConnection(target.url);
    const applied = await applyMigrations(target.url);
    console.log(
      applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.",
    );
  } finally {
    await target.close();
  }
});
