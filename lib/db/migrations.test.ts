import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyMigrations, diffDatabaseToSchema, migrationsDir } from "./schema-engine";
import { setupTestDatabase } from "./setup-test-database";

const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("migrations on an empty database", () => {
  const database = setupTestDatabase({ empty: true });

  it("apply every migration and record each in _prisma_migrations", async () => {
    expect(await applyMigrations(database.url)).toEqual(migrationNames);
    const rows = await database.prisma.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("apply nothing the second time", async () => {
    expect(await applyMigrations(database.url)).toEqual([]);
  });

  it("leave no drift between schema.prisma and the migrations", async () => {
    const drift = await diffDatabaseToSchema(database.url);
    expect(drift).toBe("-- This is an empty migration.");
  });

  it("detect drift when the database differs from schema.prisma", async () => {
    await database.prisma.$executeRawUnsafe(`ALTER TABLE "need" ADD COLUMN "stray" integer`);
    const drift = await diffDatabaseToSchema(database.url);
    expect(drift).toMatch(/DROP COLUMN "stray"/);
    await database.prisma.$executeRawUnsafe(`ALTER TABLE "need" DROP COLUMN "stray"`);
  });
});
