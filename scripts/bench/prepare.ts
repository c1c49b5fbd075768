import { performance } from "node:perf_hooks";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { parseDatabaseUrl, withDatabase } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/schema-engine";
import { seedDemoData } from "@/lib/db/seed";
import { generateOrganizations } from "./generate";

/**
 * The benchmark database: created, migrated, seeded and filled with `organizations` synthetic ones, or
 * reused as it is when it exists (unless `rebuild`).
 */
export async function prepareBenchDatabase(url: string, organizations: number, rebuild: boolean): Promise<string> {
  const name = parseDatabaseUrl(url).database;
  const admin = new pg.Client({ ...parseDatabaseUrl(withDatabase(url, "postgres")), connectionString: undefined });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
  if (exists && !rebuild) {
    await admin.end();
    console.log(`Reusing ${name} (BENCH_REBUILD=1 rebuilds it).`);
    return url;
  }
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const started = performance.now();
  await applyMigrations(url);
  const prisma = createPrismaClient(url, 1);
  await seedDemoData(prisma);
  await prisma.$disconnect();
  const client = new pg.Client({ ...parseDatabaseUrl(url), connectionString: undefined });
  await client.connect();
  await generateOrganizations(client, organizations, console.log);
  const { rows } = await client.query("SELECT count(*)::int AS n FROM organization WHERE status = 'PUBLISHED'");
  const { rows: lexemes } = await client.query(
    `SELECT (SELECT count(*) FROM profiled_lexeme)::int AS profiled, (SELECT count(*) FROM lexeme_profile)::int AS rows,
            (SELECT count(*) FROM lexeme_review_profile)::int AS monthly`,
  );
  console.log(
    `  ${lexemes[0].profiled} profiled lexemes: ${lexemes[0].rows} lexeme_profile rows, ${lexemes[0].monthly} by month`,
  );
  await client.end();
  console.log(
    `Built ${name}: ${rows[0].n} published organizations in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
  return url;
}
