import "./load-env";
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium, type Page } from "@playwright/test";
import { demoAccounts } from "@/lib/auth/demo-accounts";
import { ensureFirstStaff } from "@/lib/auth/bootstrap";
import { createPrismaClient } from "@/lib/db/client";
import { parseDatabaseUrl, withDatabase } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/schema-engine";
import { seedDemoData } from "@/lib/db/seed";
import { env } from "@/lib/env";
import { startNextServer } from "./next-server";
import { runScript } from "./run-script";
import { waitForUrl } from "./wait-for-url";

// The scale-out proof (decision 045), run by `npm test` on PostgreSQL after the production build: two app
// instances on one PostgreSQL database and one Redis, behind nginx with the repository's config
// (deploy/nginx/navigator.conf). It checks that
// - a staff edit made through one instance shows at once on the public pages of both (shared cache);
// - sign-in through one instance is honoured by the other; limits count requests through both, by the client
//   address nginx saw (a spoofed X-Forwarded-For is replaced), and a client's X-Forwarded-Host never arrives;
// - stopping an instance while edits go through nginx loses none of them.
// Skips (exit 0, with the reason) only when nginx or a PostgreSQL server is not there.

const log = (line: string) => console.log(`  ${line}`);

function which(command: string): string | null {
  const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() || null : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const stopped = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));

async function onServer(serverUrl: string, statements: string[]): Promise<void> {
  const admin = new pg.Client({ ...parseDatabaseUrl(serverUrl), connectionString: undefined });
  await admin.connect();
  try {
    for (const statement of statements) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** The database `name` on the server at `serverUrl`: fresh, migrated, with demo data and demo accounts. */
async function prepareDatabase(serverUrl: string, name: string): Promise<string> {
  await onServer(serverUrl, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`]);
  const url = withDatabase(serverUrl, name);
  await applyMigrations(url);
  const prisma = createPrismaClient(url, 1);
  try {
    await seedDemoData(prisma);
    await ensureFirstStaff(prisma, { embedded: false, env: { DEMO_ACCOUNTS: "1" } });
  } finally {
    await prisma.$disconnect();
  }
  return url;
}

/** nginx with the repository's config, in front of `upstreams`, as its own process with its own files. */
function startNginx(binary: string, dir: string, port: number, upstreams: number[]): ChildProcess {
  // The placeholders are filled as docs/production.md says (comment lines, which name them, are left alone).
  const site = readFileSync(path.join("deploy", "nginx", "navigator.conf"), "utf8")
    .split("\n")
    .map((line) =>
      line.trimStart().startsWith("#")
        ? line
        : line
            .replaceAll("{{LISTEN}}", `127.0.0.1:${port}`)
            .replaceAll("{{SERVER_NAME}}", "127.0.0.1")
            .replaceAll(
              "{{UPSTREAMS}}",
              upstreams.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join(" "),
            ),
    )
    .join("\n");
  writeFileSync(path.join(dir, "navigator.conf"), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      process.getuid?.() === 0 ? "user root;" : "",
      "worker_processes 1;",
      `pid ${path.join(dir, "nginx.pid")};`,
      `error_log ${path.join(dir, "error.log")} warn;`,
      "events { worker_connections 256; }",
      "http {",
      "  access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `  ${temp(name)}`),
      `  include ${path.join(dir, "navigator.conf")};`,
      "}",
    ].join("\n"),
  );
  return spawn(binary, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: "inherit" });
}

/** A Redis for the test: REDIS_URL when set (with a key prefix of its own), else a throwaway server. */
async function startRedis(): Promise<{ url: string; prefix: string; child?: ChildProcess }> {
  const prefix = `navigator-scale-test:${randomBytes(4).toString("hex")}:`;
  const configured = env().REDIS_URL;
  if (configured) return { url: configured, prefix };
  const binary = which("redis-server");
  if (!binary) throw new Error("no REDIS_URL and no redis-server: apt-get install redis-server (CI installs it)");
  const port = await freePort();
  const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  await new Promise((r) => setTimeout(r, 500));
  return { url: `redis://127.0.0.1:${port}/0`, prefix, child };
}

async function signIn(page: Page, origin: string): Promise<void> {
  const editor = demoAccounts[1];
  await page.goto(`${origin}/admin/sign-in`);
  await page.getByLabel("邮箱").fill(editor.email);
  await page.getByLabel("密码").fill(editor.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("heading", { level: 1, name: "总览" }).waitFor({ timeout: 30_000 });
}

/** Saves a new Chinese name on the record's edit form at `origin` and waits for the confirmation. */
async function rename(page: Page, origin: string, adminPath: string, name: string): Promise<void> {
  await page.goto(`${origin}${adminPath}`);
  await page.getByLabel("名称（中文）").fill(name);
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "已保存" }).waitFor({ timeout: 30_000 });
}

const text = async (url: string, init?: RequestInit) => (await fetch(url, init)).text();

runScript(async () => {
  const settings = env();
  const nginx = which("nginx") ?? which("/usr/sbin/nginx");
  if (!nginx || !settings.DATABASE_URL) {
    console.log(
      `Scale-out test skipped: ${nginx ? "" : "nginx is not installed (apt-get install nginx)"}${
        !nginx && !settings.DATABASE_URL ? "; " : ""
      }${settings.DATABASE_URL ? "" : "it needs a PostgreSQL server (DATABASE_URL)"}.`,
    );
    return;
  }
  const started = Date.now();
  const databaseName = `${parseDatabaseUrl(settings.DATABASE_URL).database}_scale`;
  const children: ChildProcess[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), "navigator-scale-"));
  const browser = await chromium.launch({
    executablePath: settings.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const databaseUrl = await prepareDatabase(settings.DATABASE_URL, databaseName);
    const redis = await startRedis();
    if (redis.child) children.push(redis.child);
    const [portA, portB, portProxy] = [await freePort(), await freePort(), await freePort()];
    const instanceEnv = {
      DATABASE_URL: databaseUrl,
      HOST: "127.0.0.1",
      TRUSTED_PROXIES: "127.0.0.1",
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: redis.prefix,
      SITE_URL: `http://127.0.0.1:${portProxy}`,
      ADMIN_INSECURE_COOKIE: "1",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
    };
    const [a, b] = [
      startNextServer("start", String(portA), instanceEnv),
      startNextServer("start", String(portB), instanceEnv),
    ];
    children.push(a, b);
    children.push(startNginx(nginx, dir, portProxy, [portA, portB]));
    const [originA, originB, viaProxy] = [portA, portB, portProxy].map((p) => `http://127.0.0.1:${p}`) as [
      string,
      string,
      string,
    ];
    await Promise.all([waitForUrl(`${originA}/`, 90), waitForUrl(`${originB}/`, 90), waitForUrl(`${viaProxy}/`, 30)]);
    log(`two instances (${portA}, ${portB}) behind nginx (${portProxy}), Redis ${redis.url}`);

    // 1. A staff edit through one instance shows on both at once; the pages were cached before it.
    const db = new pg.Client({ ...parseDatabaseUrl(databaseUrl), connectionString: undefined });
    await db.connect();
    const need = (
      await db.query<{ id: number; slug: string; name_zh: string }>(
        "SELECT id, slug, name_zh FROM need WHERE status = 'PUBLISHED' AND deleted_at IS NULL ORDER BY id LIMIT 1",
      )
    ).rows[0]!;
    const page = `/needs/${need.slug}`;
    for (const origin of [originA, originB]) assert.match(await text(`${origin}${page}`), new RegExp(need.name_zh));
    // Changed behind the app's back: both instances keep serving what they cached.
    await db.query("UPDATE need SET name_zh = $1 WHERE id = $2", [`${need.name_zh}·库内`, need.id]);
    for (const origin of [originA, originB])
      assert.doesNotMatch(await text(`${origin}${page}`), /·库内/, `${origin} should serve its cached page`);
    log("public pages are served from the cache on both instances");

    const context = await browser.newContext();
    const tab = await context.newPage();
    await signIn(tab, originA);
    const renamed = `${need.name_zh}·已编辑`;
    await rename(tab, originB, `/admin/need/${need.id}`, renamed);
    for (const origin of [originA, originB]) {
      const html = await text(`${origin}${page}`);
      assert.match(html, new RegExp(renamed), `${origin} should show the edit at once`);
    }
    log("signed in through one instance, edited through the other: both show the edit at once");

    // 2. Public pages carry shared-cache headers through nginx; staff pages and signed-in requests never do.
    const publicPage = await fetch(`${viaProxy}${page}`);
    assert.match(publicPage.headers.get("cache-control") ?? "", /^public, .*s-maxage=\d+/);
    assert.equal(publicPage.headers.get("set-cookie"), null);
    const cookie = (await context.cookies(originA)).map((c) => `${c.name}=${c.value}`).join("; ");
    for (const [url, headers] of [
      [`${viaProxy}${page}`, { cookie }],
      [`${viaProxy}/admin`, { cookie }],
      [`${viaProxy}/admin/sign-in`, {}],
    ] as const) {
      const response = await fetch(url, { headers, redirect: "manual" });
      assert.doesNotMatch(response.headers.get("cache-control") ?? "", /public/, `${url} must not be shareable`);
    }
    log("Cache-Control: public on donor pages, never on staff pages or signed-in requests");

    // 3. Limits are shared and keyed by the address nginx saw: a rotating spoofed X-Forwarded-For does not help.
    const limit = 240;
    let refused = 0;
    for (let i = 0; i < limit + 10; i++) {
      const response = await fetch(`${viaProxy}/api/hsds/taxonomies?per_page=1`, {
        headers: { "x-forwarded-for": `203.0.113.${i % 250}` },
      });
      if (response.status === 429) refused++;
      else assert.equal(response.status, 200);
    }
    assert.ok(refused >= 10, `the HSDS limit (${limit}/min) counted across both instances: ${refused} refused`);
    log(`HSDS limit reached across both instances despite spoofed X-Forwarded-For (${refused} refused)`);

    // 4. A client's X-Forwarded-Host never reaches the app.
    const redirect = await fetch(`${viaProxy}/admin`, {
      headers: { "x-forwarded-host": "evil.example" },
      redirect: "manual",
    });
    assert.equal(redirect.status, 307);
    assert.doesNotMatch(redirect.headers.get("location") ?? "", /evil\.example/);
    log("a client's X-Forwarded-Host is dropped by nginx");

    // 5. Stopping an instance while edits go through nginx loses none of them.
    // The session cookie (host 127.0.0.1, any port) goes through nginx to whichever instance answers.
    const saved: string[] = [];
    for (let i = 1; i <= 4; i++) {
      if (i === 3) {
        b.kill("SIGTERM");
        await stopped(b);
        log("instance B stopped");
      }
      const name = `${need.name_zh}·第${i}次`;
      await rename(tab, viaProxy, `/admin/need/${need.id}`, name);
      saved.push(name);
    }
    const row = (
      await db.query<{ name_zh: string; version: number }>("SELECT name_zh, version FROM need WHERE id = $1", [need.id])
    ).rows[0]!;
    assert.equal(row.name_zh, saved.at(-1));
    const audits = (
      await db.query<{ n: string }>(
        "SELECT count(*) AS n FROM audit_entry WHERE record_type = 'need' AND record_id = $1 AND action = 'update'",
        [need.id],
      )
    ).rows[0]!;
    assert.equal(Number(audits.n), 1 + saved.length, "every save through nginx is in the audit trail");
    assert.match(await text(`${viaProxy}${page}`), new RegExp(saved.at(-1)!));
    log(`${saved.length} edits through nginx with an instance stopped after the second: all saved and audited`);
    await db.end();
    console.log(`Scale-out test passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    await browser.close();
    for (const child of children.reverse()) if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.all(children.map(stopped));
    await onServer(settings.DATABASE_URL, [`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`]);
    rmSync(dir, { recursive: true, force: true });
  }
});
