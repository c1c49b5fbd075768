import "./load-env";
import { env } from "@/lib/env";
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/schema-engine";
import { seedDemoData } from "@/lib/db/seed";
import { loadCoverageMatrix } from "@/lib/coverage/matrix";
import { parseCoverageQuery } from "@/lib/coverage/params";
import { runScript } from "./run-script";

// npm run bench:coverage: server time to compute the coverage matrix on the
// demo data. Without DATABASE_URL it measures a fresh in-memory embedded
// database; with it, the (migrated, seeded) database at that URL.
const RUNS = 30;
const WARM_UP = 3;

runScript(async () => {
  const serverUrl = env().DATABASE_URL;
  const embedded = serverUrl ? null : await startEmbeddedDatabase({ dir: "memory" });
  const url = embedded?.url ?? serverUrl!;
  if (embedded) await applyMigrations(url);
  let statements = 0;
  const prisma = createPrismaClient(url, 1, () => statements++);
  try {
    if (embedded) await seedDemoData(prisma);
    console.log(`Database: ${embedded ? "fresh in-memory PGlite with the demo data" : "PostgreSQL at DATABASE_URL"}`);
    for (const [label, query] of [
      ["all provinces", parseCoverageQuery({})],
      ["one province (510000)", parseCoverageQuery({ region: "510000" })],
      ["one prefecture (511300)", parseCoverageQuery({ region: "511300" })],
    ] as const) {
      for (let i = 0; i < WARM_UP; i++) await loadCoverageMatrix(prisma, query);
      const times: number[] = [];
      const before = statements;
      let shape = "";
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const matrix = await loadCoverageMatrix(prisma, query);
        times.push(performance.now() - started);
        shape = `${matrix.needs.length} needs × ${matrix.columns.length} regions`;
      }
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
      console.log(
        `${label} (${shape}): median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms over ${RUNS} runs; ${(statements - before) / RUNS} SQL statements per matrix`,
      );
    }
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
});
