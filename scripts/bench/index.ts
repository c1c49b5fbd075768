import "../load-env";
import { env } from "@/lib/env";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { parseDatabaseUrl, withDatabase } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/schema-engine";
import { seedDemoData } from "@/lib/db/seed";
import { buildConditions } from "@/lib/search/conditions";
import { countFacets } from "@/lib/search/facets";
import { parseSearchParams } from "@/lib/search/params";
import { resolveSearch } from "@/lib/search/resolve";
import { loadResults, pageIds } from "@/lib/search/results";
import { runScript } from "../run-script";
import { generateOrganizations } from "./generate";
import { benchPages } from "./pages";
import { queryMix } from "./queries";
import { percentile, summary } from "./stats";

// `npm run bench`: the search budgets on PostgreSQL with 100,000 organizations.
// BENCH_DATABASE_URL names the benchmark database (default: navigator_bench on
// the local server); it is created, filled, measured and kept for reruns
// (BENCH_REBUILD=1 rebuilds it). BENCH_ORGANIZATIONS sets the count.
const settings = env();
const organizations = settings.BENCH_ORGANIZATIONS;
const rounds = settings.BENCH_ROUNDS;

async function prepare(url: string): Promise<string> {
  const name = parseDatabaseUrl(url).database;
  const admin = new pg.Client({ ...parseDatabaseUrl(withDatabase(url, "postgres")), connectionString: undefined });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
  if (exists && settings.BENCH_REBUILD !== "1") {
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
  await generateOrganizations(client, organizations);
  const { rows } = await client.query("SELECT count(*)::int AS n FROM organization WHERE status = 'PUBLISHED'");
  await client.end();
  console.log(
    `Built ${name}: ${rows[0].n} published organizations in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
  return url;
}

runScript(async () => {
  const url = await prepare(settings.BENCH_DATABASE_URL);
  const prisma = createPrismaClient(url, 4);
  const needs = (await prisma.need.findMany({ select: { slug: true }, orderBy: { sortOrder: "asc" } })).map(
    (n) => n.slug,
  );
  const modes = (await prisma.interventionMode.findMany({ select: { slug: true }, orderBy: { sortOrder: "asc" } })).map(
    (m) => m.slug,
  );
  const mix = queryMix(needs, modes);

  const filterTimes: number[] = [];
  const searchTimes: number[] = [];
  const slowest: { query: string; ms: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of mix) {
      const parsed = parseSearchParams(new URLSearchParams(query));
      const searchStarted = performance.now();
      const search = await resolveSearch(prisma, parsed.params, parsed.ignored);
      const conditions = buildConditions(search);
      // The filter with its facet counts: the two statements that scale with the data.
      const filterStarted = performance.now();
      const facets = await countFacets(prisma, search, conditions);
      const ids = facets.total
        ? await pageIds(prisma, search, conditions, "zh", Math.min(search.params.page, Math.ceil(facets.total / 20)))
        : [];
      const filterMs = performance.now() - filterStarted;
      await loadResults(prisma, search, ids);
      searchTimes.push(performance.now() - searchStarted);
      if (round > 0) {
        filterTimes.push(filterMs);
        slowest.push({ query, ms: filterMs });
      }
    }
  }
  await prisma.$disconnect();
  console.log(
    `\nSearch on ${organizations.toLocaleString("en")} organizations, ${mix.length} queries × ${rounds - 1} measured rounds (first round warms the cache):`,
  );
  console.log(summary("filter + facet counts (2 SQL statements)", filterTimes));
  console.log(summary("whole search (lookups, facets, page, cards)", searchTimes));
  console.log("slowest filter queries:");
  for (const { query, ms } of slowest.sort((a, b) => b.ms - a.ms).slice(0, 5))
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ?${query}`);

  if (settings.BENCH_PAGES !== "0") {
    const pages = await benchPages(url, mix, rounds);
    const ratio = percentile(pages.pageTimes, 95) / percentile(filterTimes, 95);
    console.log(`\nresults page p95 / filter p95 = ${ratio.toFixed(2)} (budget 3.00)`);
  }
});
