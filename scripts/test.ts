import "./load-env";
import { env } from "@/lib/env";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { parseDatabaseUrl, withDatabase } from "@/lib/db/config";
import { ensureChromium } from "./chromium";
import { runScript } from "./run-script";

// `npm test`: type-check, lint, unit and integration tests, production build,
// browser tests. On the embedded database unless DATABASE_URL is set; then
// every test database is created on that server (and dropped afterwards).

type Step = { name: string; command: string[]; env?: Record<string, string> };

function runStep(step: Step): void {
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const result = spawnSync(step.command[0]!, step.command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, ...step.env },
  });
  if (result.status !== 0) throw new Error(`${step.name} failed`);
  console.log(`✔ ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function freshServerDatabase(serverUrl: string, name: string): Promise<string> {
  const target = parseDatabaseUrl(serverUrl);
  const client = new pg.Client({ ...target, connectionString: undefined });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return withDatabase(serverUrl, name);
}

runScript(async () => {
  const settings = env();
  const serverUrl = settings.DATABASE_URL;
  console.log(
    serverUrl
      ? `Testing on PostgreSQL: ${parseDatabaseUrl(serverUrl).host}:${parseDatabaseUrl(serverUrl).port}`
      : "Testing on the embedded PGlite database",
  );
  // Found (or installed) first, so a missing browser stops the run before the long steps.
  const chromium = await ensureChromium(settings.CHROMIUM_PATH);
  const npx = "npx";
  runStep({ name: "type-check", command: [npx, "tsc", "--noEmit"] });
  runStep({ name: "lint", command: [npx, "eslint", "."] });
  runStep({ name: "format", command: [npx, "prettier", "--check", "--log-level", "warn", "."] });
  runStep({ name: "unused files, exports and dependencies", command: [npx, "knip", "--no-progress"] });
  runStep({ name: "unit and integration tests", command: [npx, "vitest", "run"] });
  runStep({ name: "production build", command: [npx, "next", "build"] });
  runStep({ name: "pages during a database outage", command: [npx, "tsx", "scripts/outage-test.ts"] });
  // Two instances behind nginx on one PostgreSQL database and Redis (skips itself on the embedded database).
  runStep({
    name: "scale-out: two instances behind nginx",
    command: [npx, "tsx", "scripts/scale-out-test.ts"],
    env: { CHROMIUM_PATH: chromium },
  });

  // Browser tests reach the app's database too (E2E_DATABASE_URL), to make edits a test then looks for.
  const e2eEnv: Record<string, string> = { CHROMIUM_PATH: chromium };
  if (serverUrl) {
    e2eEnv.DATABASE_URL = await freshServerDatabase(serverUrl, `${parseDatabaseUrl(serverUrl).database}_e2e`);
    e2eEnv.E2E_DATABASE_URL = e2eEnv.DATABASE_URL;
    e2eEnv.SEED_DEMO_DATA = "1";
  } else {
    const dir = path.join(process.cwd(), ".data", "e2e-pglite");
    rmSync(dir, { recursive: true, force: true });
    const port = String(settings.E2E_DB_PORT);
    Object.assign(e2eEnv, {
      EMBEDDED_DB_DIR: dir,
      EMBEDDED_DB_PORT: port,
      E2E_DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    });
  }
  runStep({ name: "browser tests", command: [npx, "playwright", "test"], env: e2eEnv });
});
