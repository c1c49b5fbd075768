import "../load-env";
import { env } from "@/lib/env";
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@/lib/db/client";
import { buildConditions } from "@/lib/search/conditions";
import { countFacets } from "@/lib/search/facets";
import { parseSearchParams } from "@/lib/search/params";
import { resolveSearch } from "@/lib/search/resolve";
import { loadResults, pageIds } from "@/lib/search/results";
import { runScript } from "../run-script";
import { benchPages } from "./pages";
import { prepareBenchDatabase } from "./prepare";
import { queryMix } from "./queries";
import { BenchReport } from "./report";
import { percentile, summary } from "./stats";

// `npm run bench`: the search budgets on PostgreSQL with 100,000 organizations.
// BENCH_DATABASE_URL names the benchmark database (default: navigator_bench on
// the local server); it is created, filled, measured and kept for reruns
// (BENCH_REBUILD=1 rebuilds it). BENCH_ORGANIZATIONS sets the count.
// Every figure is printed beside its floor and written to BENCH_REPORT (docs/bench/latest.json).
const settings = env();
const organizations = settings.BENCH_ORGANIZATIONS;
const rounds = settings.BENCH_ROUNDS;

runScript(async () => {
  const url = await prepareBenchDatabase(settings.BENCH_DATABASE_URL, organizations, settings.BENCH_REBUILD === "1");
  // Prisma reports how long each statement took in the driver: their sum is the SQL floor of a search.
  let sqlMs = 0;
  const prisma = createPrismaClient(url, 4, (event) => (sqlMs += event.duration));
  const [row] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM organization WHERE status = 'PUBLISHED' AND deleted_at IS NULL`;
  const published = row?.n ?? 0;
  const needs = (await prisma.need.findMany({ select: { slug: true }, orderBy: { sortOrder: "asc" } })).map(
    (n) => n.slug,
  );
  const modes = (await prisma.interventionMode.findMany({ select: { slug: true }, orderBy: { sortOrder: "asc" } })).map(
    (m) => m.slug,
  );
  const mix = queryMix(needs, modes);

  const filterTimes: number[] = [];
  const searchTimes: number[] = [];
  const searchSqlTimes: number[] = [];
  const slowest: { query: string; ms: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of mix) {
      const parsed = parseSearchParams(new URLSearchParams(query));
      sqlMs = 0;
      const searchStarted = performance.now();
      const search = await resolveSearch(prisma, parsed.params, parsed.ignored);
      const conditions = buildConditions(search);
      // The filter with its facet counts: the statements that scale with the data.
      const filterStarted = performance.now();
      const facets = await countFacets(prisma, search, conditions);
      const ids = facets.total
        ? await pageIds(prisma, search, conditions, "zh", Math.min(search.params.page, Math.ceil(facets.total / 20)))
        : [];
      const filterMs = performance.now() - filterStarted;
      await loadResults(prisma, search, ids);
      if (round > 0) {
        searchTimes.push(performance.now() - searchStarted);
        searchSqlTimes.push(sqlMs);
        filterTimes.push(filterMs);
        slowest.push({ query, ms: filterMs });
      }
    }
  }
  await prisma.$disconnect();
  console.log(
    `\nSearch on ${published.toLocaleString("en")} organizations, ${mix.length} queries × ${rounds - 1} measured rounds (first round warms the cache):`,
  );
  console.log(summary("filter + facet counts", filterTimes));
  console.log(summary("whole search (lookups, facets, page, cards)", searchTimes));
  console.log(summary("  its SQL statements (driver time, summed)", searchSqlTimes));
  console.log("slowest filter queries:");
  for (const { query, ms } of slowest.sort((a, b) => b.ms - a.ms).slice(0, 5))
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ?${query}`);

  const report = new BenchReport({ organizations: published, cores: cpus().length, queries: mix, rounds });
  console.log("\nFigures beside their floors:");
  const filterP95 = percentile(filterTimes, 95);
  report.add({ name: "filter + facet counts p95", value: filterP95, unit: "ms", budget: "≤ 30 ms" });
  report.add({
    name: "whole search through Prisma p95",
    value: percentile(searchTimes, 95),
    unit: "ms",
    floor: { name: "its SQL", value: percentile(searchSqlTimes, 95) },
    budget: "ratio ≤ 1.5",
  });
  if (settings.BENCH_PAGES !== "0") await benchPages(url, mix, rounds, report, filterP95);
  report.write(settings.BENCH_REPORT);
});
