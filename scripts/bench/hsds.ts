import "../load-env";
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { endpoints, serveHsds } from "@/lib/opendata/api";
import { runScript } from "../run-script";
import { prepareBenchDatabase } from "./prepare";
import { percentile, summary } from "./stats";

// `npm run bench:hsds`: the HSDS API's budget on PostgreSQL with 100,000 organizations: a page of 50
// organizations (GET /api/hsds/organizations?per_page=50) answered in p95 <= 50 ms, with a bounded number of
// SQL statements. Same database settings as `npm run bench` (BENCH_DATABASE_URL, BENCH_REBUILD, ...).
const BUDGET_MS = 50;
const settings = env();

runScript(async () => {
  const url = await prepareBenchDatabase(
    settings.BENCH_DATABASE_URL,
    settings.BENCH_ORGANIZATIONS,
    settings.BENCH_REBUILD === "1",
  );
  let statements = 0;
  const prisma = createPrismaClient(url, 4, () => statements++);
  const total = await prisma.organization.count({ where: { status: "PUBLISHED", deletedAt: null } });
  const lastPage = Math.ceil(total / 50);
  const need = (await prisma.need.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { sortOrder: "asc" } }))
    .slug;
  const scenarios: [string, (i: number) => string][] = [
    ["first page", () => "per_page=50"],
    ["a page anywhere", (i) => `per_page=50&page=${1 + ((i * 7919) % lastPage)}`],
    ["need filter", (i) => `per_page=50&need=${need}&page=${1 + (i % 20)}`],
    ["region subtree (Sichuan)", (i) => `per_page=50&region=510000&page=${1 + (i % 20)}`],
    ["search", () => "per_page=50&search=%E5%BF%83%E7%90%86"],
  ];
  const requests = 40 * settings.BENCH_ROUNDS;
  let client = 0;
  console.log(`HSDS API on ${total.toLocaleString("en")} published organizations, ${requests} requests each:`);
  let firstPageP95 = 0;
  for (const [label, query] of scenarios) {
    const times: number[] = [];
    const dataTimes: number[] = [];
    let perRequest = 0;
    for (let i = 0; i < requests + 5; i++) {
      const request = new Request(`http://bench.local/api/hsds/organizations?${query(i)}`);
      const before = statements;
      const started = performance.now();
      const response = await serveHsds(prisma, request, endpoints.organizations, `bench-${client++}`);
      const body = (await response.json()) as { size: number };
      const ms = performance.now() - started;
      if (response.status !== 200 || (label !== "search" && body.size === 0))
        throw new Error(`${label}: ${response.status}`);
      perRequest = Math.max(perRequest, statements - before);
      // The same page without the HTTP layer (rate-limit counter, ETag): the two statements that read the data.
      const dataStarted = performance.now();
      await endpoints.organizations({ prisma, url: new URL(request.url), origin: "http://bench.local" });
      const dataMs = performance.now() - dataStarted;
      if (i >= 5) times.push(ms); // the first few warm the cache
      if (i >= 5) dataTimes.push(dataMs);
    }
    if (label === "first page") firstPageP95 = percentile(times, 95);
    console.log(`${summary(label, times)}  ${perRequest} SQL statements/request`);
    console.log(summary(`  ${label}: data statements only`, dataTimes));
  }
  await prisma.$executeRaw`DELETE FROM rate_limit_bucket WHERE key LIKE 'hsds:bench-%'`;
  await prisma.$disconnect();
  console.log(
    `\npage of 50 organizations p95 ${firstPageP95.toFixed(1)} ms (budget ${BUDGET_MS} ms): ${firstPageP95 <= BUDGET_MS ? "within" : "OVER"} budget`,
  );
});
