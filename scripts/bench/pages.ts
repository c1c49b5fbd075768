import { env } from "@/lib/env";
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { ensureBuild } from "../build-stamp";
import { startNextServer } from "../next-server";
import { summary } from "./stats";

const port = env().BENCH_PORT;
const base = `http://127.0.0.1:${port}`;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not start within 60 s");
}

function rssMb(pid: number): number {
  const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
  return match ? Number(match[1]) / 1024 : 0;
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

/** Times the results page over HTTP, its memory under concurrent load, and first-load JS. */
export async function benchPages(databaseUrl: string, mix: string[], rounds: number): Promise<{ pageTimes: number[] }> {
  await ensureBuild();
  const server: ChildProcess = startNextServer(
    "start",
    String(port),
    { DATABASE_URL: databaseUrl, NODE_ENV: "production" },
    true,
  );
  try {
    await waitForServer();
    const pageTimes: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const query of mix) {
        const started = performance.now();
        const response = await fetch(`${base}/organizations?${query}`);
        await response.text();
        if (!response.ok) throw new Error(`/organizations?${query} answered ${response.status}`);
        if (round > 0) pageTimes.push(performance.now() - started);
      }
    }
    console.log(summary("results page over HTTP (whole response)", pageTimes));

    let peak = rssMb(server.pid!);
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid!))), 100);
    const clients = 8;
    const perClient = 40;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        for (let i = 0; i < perClient; i++)
          await (await fetch(`${base}/organizations?${mix[(c * perClient + i) % mix.length]}`)).text();
      }),
    );
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `load: ${clients} clients × ${perClient} requests in ${seconds.toFixed(1)} s (${((clients * perClient) / seconds).toFixed(0)} req/s); server peak RSS ${peak.toFixed(0)} MB (budget 300 MB)`,
    );

    for (const path of ["/", "/organizations", "/en/organizations", "/no-such-page"]) {
      console.log(`first-load JS ${path.padEnd(20)} ${(await firstLoadJsKb(path)).toFixed(1)} KB gzip`);
    }
    return { pageTimes };
  } finally {
    server.kill("SIGTERM");
  }
}
