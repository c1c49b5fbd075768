import "./load-env";
import { env } from "@/lib/env";
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/schema-engine";
import { seedDemoData } from "@/lib/db/seed";
import { applyFiguresImport, checkFiguresImport } from "@/lib/coverage/figures";
import { importCsv } from "@/lib/admin/transfer";
import { staffSession } from "@/lib/admin/testing/staff";
import { toCsv } from "@/lib/csv/write";
import { runScript } from "./run-script";

// npm run bench:import [-- 10000 100000]: rows per second of the staff CSV imports (dry run, then apply) for an
// organization file and a figures file of each size. Without DATABASE_URL it measures a fresh in-memory embedded
// database; with it, the (migrated, seeded) database at that URL, where it leaves the imported rows behind.
runScript(async () => {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  const serverUrl = env().DATABASE_URL;
  const embedded = serverUrl ? null : await startEmbeddedDatabase({ dir: "memory" });
  const url = embedded?.url ?? serverUrl!;
  if (embedded) await applyMigrations(url);
  const prisma = createPrismaClient(url, 1);
  try {
    if (embedded) await seedDemoData(prisma);
    console.log(`Database: ${embedded ? "fresh in-memory PGlite with the demo data" : "PostgreSQL at DATABASE_URL"}`);
    const run = Date.now().toString(36);
    const editor = await staffSession(prisma, "EDITOR", `bench-${run}@bench.local`);
    const [mode, regions] = await Promise.all([
      prisma.interventionMode.findFirstOrThrow({ select: { slug: true } }),
      prisma.region.findMany({ select: { code: true }, orderBy: { code: "asc" } }),
    ]);
    const timed = async <T>(label: string, rows: number, work: () => Promise<T>) => {
      const started = performance.now();
      const result = await work();
      const seconds = (performance.now() - started) / 1000;
      console.log(`${label}: ${rows} rows in ${seconds.toFixed(1)} s, ${Math.round(rows / seconds)} rows/s`);
      return result;
    };
    for (const size of sizes.length ? sizes : [10_000, 100_000]) {
      const header = ["slug", "nameZh", "type", "descriptionZh", "foundedYear", "childrenServed", "modes", "regions"];
      const orgs = toCsv([
        header,
        ...Array.from({ length: size }, (_, i) => [
          `bench-${run}-${size}-${i}`,
          `压测机构${i}`,
          "GRASSROOTS_NGO",
          "压测用的机构介绍。",
          2000 + (i % 20),
          i % 500,
          `${mode.slug}[sites=${1 + (i % 5)}]`,
          regions[i % regions.length]!.code,
        ]),
      ]);
      const bytes = new TextEncoder().encode(orgs);
      const dry = await timed(`organizations ${size}, dry run`, size, () =>
        importCsv(prisma, editor, "organization", bytes, false),
      );
      if (!dry.ok) console.log(`  refused: ${JSON.stringify(dry.errors.slice(0, 2))}`);
      else {
        const applied = await timed(`organizations ${size}, apply`, size, () =>
          importCsv(prisma, editor, "organization", bytes, true),
        );
        console.log(`  applied: ${applied.applied}, created ${applied.created}`);
        // The same file with every name changed: an update of every record it created.
        const renamed = new TextEncoder().encode(orgs.replace(/压测机构/g, "压测机构（改）"));
        const updated = await timed(`organizations ${size}, apply updates`, size, () =>
          importCsv(prisma, editor, "organization", renamed, true),
        );
        console.log(`  applied: ${updated.applied}, updated ${updated.updated}`);
      }

      const figureRows = Array.from({ length: size }, (_, i) => [
        regions[i % regions.length]!.code,
        "LEFT_BEHIND_CHILDREN",
        1000 + i,
        2100 - Math.floor(i / regions.length),
        "压测来源",
        "",
        "true",
      ]);
      const figures = new TextEncoder().encode(
        toCsv([["region_code", "indicator", "value", "year", "source_zh", "source_en", "is_sample"], ...figureRows]),
      );
      const check = await timed(`figures ${size}, dry run`, size, () => checkFiguresImport(prisma, figures));
      if (check.errors.length) console.log(`  refused: ${JSON.stringify(check.errors.slice(0, 2))}`);
      else {
        const applied = await timed(`figures ${size}, apply`, size, () => applyFiguresImport(prisma, figures));
        console.log(`  applied: ${applied.applied}, created ${applied.created}, updated ${applied.updated}`);
      }
    }
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
});
