import "./load-env";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { env } from "@/lib/env";
import { percentile } from "./bench/stats";
import { runScript } from "./run-script";
import { waitForUrl } from "./wait-for-url";

// npm run bench:sign-in: do public pages stay fast while anonymous clients hammer the staff sign-in?
// Password hashing is deliberately slow, so a flood of sign-ins could starve the server of CPU. The app bounds
// concurrent password checks per instance and answers throttled attempts before hashing; this measures the
// results page's latency idle and under 8 attacking clients, in one run, as a ratio (budget: 2x).
//
// Two attacks: all from one address (the per-address throttle answers most of them cheaply), and from a new
// address on every request, as a botnet would look through a trusted proxy (only the per-account backoff and
// the per-instance bound on password checks stand between it and the CPU).

const ATTACKERS = 8;
const SAMPLES = 60;
const PAGE = "/organizations?need=safety-protection";
const BUDGET = 2;

const settings = env();
const port = settings.BENCH_PORT;
const base = `http://127.0.0.1:${port}`;

function startApp(dataDir: string): ChildProcess {
  const script = new URL("./start.ts", import.meta.url).pathname;
  const vars: Record<string, string> = {
    PORT: String(port),
    HOST: "127.0.0.1",
    DEMO_ACCOUNTS: "1",
    ADMIN_INSECURE_COOKIE: "1",
    // One hop of X-Forwarded-For is believed, so the botnet attack can present a new address per request.
    TRUSTED_PROXIES: "1",
  };
  if (settings.DATABASE_URL) vars.SEED_DEMO_DATA = "1";
  else vars.EMBEDDED_DB_DIR = dataDir;
  return spawn(process.execPath, ["--import", "tsx", script], { stdio: "ignore", env: { ...process.env, ...vars } });
}

/** The hidden fields of the sign-in form, as a browser without JavaScript would post them back. */
async function signInFields(): Promise<[string, string][]> {
  const html = await (await fetch(`${base}/admin/sign-in`)).text();
  const start = html.indexOf('type="password"');
  const formStart = html.lastIndexOf("<form", start);
  const form = html.slice(formStart, html.indexOf("</form>", start));
  const unescape = (value: string) =>
    value
      .replaceAll("&quot;", '"')
      .replaceAll("&#x27;", "'")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&amp;", "&");
  const fields = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(
    (m): [string, string] => [unescape(m[1]!), unescape(m[2] ?? "")],
  );
  if (!fields.some(([name]) => name.startsWith("$ACTION"))) throw new Error("the sign-in form has no action fields");
  return fields;
}

async function pageTimes(): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    const response = await fetch(base + PAGE);
    await response.text();
    if (!response.ok) throw new Error(`${PAGE} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * The attackers run in a child process of their own (this script with `--attack one|rotate`), so that their
 * event loop does not delay the measuring client's. They post until killed, then report their status counts.
 */
async function attackUntilKilled(rotateAddress: boolean): Promise<void> {
  const fields = await signInFields();
  const statuses = new Map<number, number>();
  let counter = 0;
  let running = true;
  process.once("SIGTERM", () => (running = false));
  const client = async () => {
    while (running) {
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      form.append("email", "admin@demo.local");
      form.append("password", `wrong-guess-${counter++}`);
      const headers: Record<string, string> = { Origin: base };
      if (rotateAddress) headers["X-Forwarded-For"] = `198.51.${(counter >> 8) & 255}.${counter & 255}`;
      try {
        const response = await fetch(`${base}/admin/sign-in`, { method: "POST", body: form, headers });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      } catch {
        statuses.set(0, (statuses.get(0) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: ATTACKERS }, client));
  await new Promise((resolve) => process.stdout.write(JSON.stringify([...statuses]), resolve));
}

function startAttack(rotateAddress: boolean): { stop: () => Promise<Map<number, number>> } {
  const script = new URL(import.meta.url).pathname;
  const child = spawn(process.execPath, ["--import", "tsx", script, "--attack", rotateAddress ? "rotate" : "one"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return {
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      return new Map(JSON.parse(output || "[]") as [number, number][]);
    },
  };
}

function line(label: string, times: number[], idle?: number[]): string {
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const ratio = idle
    ? `  ×${(p50 / percentile(idle, 50)).toFixed(2)} p50, ×${(p95 / percentile(idle, 95)).toFixed(2)} p95`
    : "";
  return `${label.padEnd(46)} p50 ${p50.toFixed(1).padStart(7)} ms  p95 ${p95.toFixed(1).padStart(7)} ms${ratio}`;
}

const attackMode = process.argv.indexOf("--attack");
if (attackMode >= 0) runScript(() => attackUntilKilled(process.argv[attackMode + 1] === "rotate"));
else runScript(measure);

async function measure(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "navigator-bench-sign-in-"));
  const app = startApp(dataDir);
  try {
    await waitForUrl(base, 300);
    await signInFields(); // the form is there before the attackers need it
    await pageTimes(); // warm-up
    const idle = await pageTimes();
    console.log(`Results page ${PAGE} while ${ATTACKERS} clients post wrong passwords (budget ×${BUDGET} of idle):`);
    console.log(line("idle", idle));
    for (const rotate of [false, true]) {
      const attackStarted = performance.now();
      const running = startAttack(rotate);
      await new Promise((resolve) => setTimeout(resolve, 3_000)); // let the attack reach full speed
      const loaded = await pageTimes();
      const seconds = (performance.now() - attackStarted) / 1000;
      const statuses = await running.stop();
      const attempts = [...statuses.values()].reduce((a, b) => a + b, 0);
      const mix = [...statuses].map(([status, n]) => `${n}×${status}`).join(", ");
      console.log(
        line(rotate ? "under attack, a new address per request" : "under attack from one address", loaded, idle),
      );
      console.log(`${"".padEnd(46)} ${attempts} sign-in attempts (${(attempts / seconds).toFixed(0)}/s): ${mix}`);
      const over = percentile(loaded, 50) / percentile(idle, 50) > BUDGET;
      if (over) console.log(`${"".padEnd(46)} OVER BUDGET`);
    }
  } finally {
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
