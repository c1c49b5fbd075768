import { env } from "@/lib/env";
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { ensureBuild } from "../build-stamp";
import { startNextServer } from "../next-server";
import type { BenchReport } from "./report";
import { percentile, summary } from "./stats";
import { waitForUrl } from "../wait-for-url";

const port = env().BENCH_PORT;
const base = `http://127.0.0.1:${port}`;
/** The floors: a dynamic page that reads nothing from the database, and a file served as it is. */
const MINIMAL_PAGE = "/admin/sign-in";
const CONNECTIONS = 10;
const LOAD_SECONDS = 6;

function rssMb(pid: number): number {
  const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
  return match ? Number(match[1]) / 1024 : 0;
}

async function get(path: string): Promise<string> {
  const response = await fetch(base + path);
  const body = await response.text();
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return body;
}

/** Gzipped size of the JavaScript a first visit to `path` loads. */
async function firstLoadJsKb(path: string): Promise<number> {
  const html = await (await fetch(base + path)).text();
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let bytes = 0;
  for (const src of scripts)
    bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return bytes / 1024;
}

/** Requests per second with CONNECTIONS clients asking in turn for `paths` for LOAD_SECONDS. */
async function throughput(paths: string[]): Promise<number> {
  let done = 0;
  const until = performance.now() + LOAD_SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, c) => {
      for (let i = c; performance.now() < until; i += CONNECTIONS) {
        await get(paths[i % paths.length]!);
        done++;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

async function latencies(paths: string[], rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const path of paths) {
      const started = performance.now();
      await get(path);
      if (round > 0) times.push(performance.now() - started);
    }
  }
  return times;
}

/**
 * The pages over HTTP on a production build, each beside its floor: results page time against the filter's SQL,
 * throughput against a minimal dynamic page and a static file, memory under load, first-load JS against a
 * minimal page.
 */
export async function benchPages(
  databaseUrl: string,
  mix: string[],
  rounds: number,
  report: BenchReport,
  filterP95: number,
): Promise<void> {
  await ensureBuild();
  // No heap cap (APP_HEAP_MB is not passed): the memory figure is what the app holds, not what a cap forces the
  // collector to keep.
  const server: ChildProcess = startNextServer(
    "start",
    String(port),
    { DATABASE_URL: databaseUrl, NODE_ENV: "production" },
    true,
    { heapCap: false },
  );
  try {
    await waitForUrl(base, 60);
    const results = mix.map((query) => `/organizations${query ? `?${query}` : ""}`);
    const html = await get("/organizations");
    const staticFile = html.match(/<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
    if (!staticFile) throw new Error("no stylesheet link on /organizations to serve as the static floor");

    const pageTimes = await latencies(results, rounds);
    console.log(summary("results page over HTTP (whole response)", pageTimes));
    const minimalTimes = await latencies([MINIMAL_PAGE], rounds * 5);
    const homeTimes = await latencies(["/", "/en"], rounds * 3);
    report.add({
      name: "results page over HTTP p95",
      value: percentile(pageTimes, 95),
      unit: "ms",
      floor: { name: "filter SQL p95", value: filterP95 },
      budget: "≤ SQL p95 + 10 ms",
    });
    report.add({
      name: "home page over HTTP p50",
      value: percentile(homeTimes, 50),
      unit: "ms",
      floor: { name: "minimal page p50", value: percentile(minimalTimes, 50) },
    });

    let peak = rssMb(server.pid!);
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid!))), 100);
    const resultsRate = await throughput(results);
    clearInterval(sampler);
    const minimalRate = await throughput([MINIMAL_PAGE]);
    const staticRate = await throughput([staticFile]);
    report.add(
      {
        name: `results pages, ${CONNECTIONS} connections`,
        value: resultsRate,
        unit: "req/s",
        floor: { name: "minimal page", value: minimalRate },
        budget: "ratio ≤ 2 (≥ 50 % of the minimal page)",
      },
      true,
    );
    report.add(
      {
        name: "  the same, against a static file",
        value: resultsRate,
        unit: "req/s",
        floor: { name: "static file", value: staticRate },
      },
      true,
    );
    report.add({ name: "server peak RSS under that load (no heap cap)", value: peak, unit: "MB", budget: "≤ 250 MB" });

    const minimalJs = await firstLoadJsKb("/no-such-page");
    for (const path of ["/", "/organizations", "/en/organizations", "/needs"]) {
      report.add({
        name: `first-load JS ${path}`,
        value: await firstLoadJsKb(path),
        unit: "KB gzip",
        floor: { name: "minimal page", value: minimalJs },
        budget: "ratio ≤ 1.05",
      });
    }
  } finally {
    server.kill("SIGTERM");
  }
}
