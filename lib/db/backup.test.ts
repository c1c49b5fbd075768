import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { StaffSession } from "@/lib/auth/roles";
import { exportRecordsJson } from "@/lib/admin/transfer";
import { applyFiguresImport } from "@/lib/coverage/figures";
import { loadCoverageMatrix } from "@/lib/coverage/matrix";
import { parseCoverageQuery } from "@/lib/coverage/params";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadModeDetail, loadModeList } from "@/lib/records/modes";
import { loadNeedDetail, loadNeedList } from "@/lib/records/needs";
import { loadOrganizationDetail } from "@/lib/records/organizations";
import { loadPolicyDetail, loadPolicyList } from "@/lib/records/policies";
import { searchOrganizations } from "@/lib/search";
import { parseSearchParams } from "@/lib/search/params";
import { freezeList, loadFrozenList } from "@/lib/share/frozen";
import { BackupError, backupEmbedded, backupPostgres, restoreEmbedded, restorePostgres } from "./backup";
import { createPrismaClient } from "./client";
import { parseDatabaseUrl, withDatabase } from "./config";
import { startEmbeddedDatabase } from "./embedded";
import { applyMigrations } from "./schema-engine";
import { seedDemoData } from "./seed";
import { createTestDatabase } from "./test-database";
import { env } from "@/lib/env";

// Backup -> restore into a fresh database -> the same records export and the same public pages' data.

const admin: StaffSession = { userId: 0, email: "admin@example.org", name: "Admin", role: "ADMIN", tokenHash: "" };
const work = mkdtempSync(path.join(os.tmpdir(), "navigator-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Adds what a backup must carry beyond the demo records: figures (with their audit entry) and a frozen list. */
async function addUserData(prisma: PrismaClient): Promise<string> {
  await applyFiguresImport(
    prisma,
    "region_code,indicator,value,year,source_zh,source_en,is_sample\n510000,LEFT_BEHIND_CHILDREN,1000000,2020,示例来源,Sample,true\n",
  );
  const frozen = await freezeList(prisma, { query: "need=education", locale: "zh" }, "backup-test");
  if (!frozen.ok) throw new Error("freeze refused");
  return frozen.id;
}

/** What a restore must reproduce: the records export (without its time stamp) and the public data functions' answers. */
async function observe(prisma: PrismaClient, frozenId: string): Promise<unknown> {
  const exported = JSON.parse(await exportRecordsJson(prisma, admin)) as Record<string, unknown>;
  delete exported.exportedAt;
  const out: Record<string, unknown> = { exported };
  for (const locale of ["zh", "en"] as const) {
    const needs = await loadNeedList(prisma, locale);
    const policies = await loadPolicyList(prisma, locale);
    const modes = await loadModeList(prisma, locale);
    const search = await searchOrganizations(prisma, parseSearchParams(new URLSearchParams("")), locale);
    const firstOrg = search.results[0]?.slug;
    out[locale] = {
      needs,
      policies,
      modes,
      search,
      need: needs[0] && (await loadNeedDetail(prisma, needs[0].slug, locale)),
      policy: policies[0] && (await loadPolicyDetail(prisma, policies[0].slug, locale)),
      mode: modes[0] && (await loadModeDetail(prisma, modes[0].slug, locale)),
      organization: firstOrg && (await loadOrganizationDetail(prisma, firstOrg, locale)),
    };
  }
  out.coverage = await loadCoverageMatrix(prisma, parseCoverageQuery({ sort: "per10k" }));
  out.frozen = await loadFrozenList(prisma, frozenId);
  return out;
}

async function withClient<T>(url: string, work: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const prisma = createPrismaClient(url, 1);
  try {
    return await work(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

const serverUrl = env().DATABASE_URL;

// Each run of the suite tests the database it runs on (the embedded one loads the run's migrated template).
describe.skipIf(serverUrl)("embedded database backup and restore", () => {
  it("round-trips into a fresh directory, and refuses an occupied one or a file that is not a backup", async () => {
    const source = path.join(work, "source");
    const template = env().EMBEDDED_TEST_TEMPLATE;
    const first = await startEmbeddedDatabase({
      dir: source,
      load: template && existsSync(template) ? new Blob([readFileSync(template)]) : undefined,
    });
    let before: unknown;
    let frozenId = "";
    try {
      if (!template || !existsSync(template)) {
        await applyMigrations(first.url);
        await withClient(first.url, (prisma) => seedDemoData(prisma));
      }
      await withClient(first.url, async (prisma) => {
        frozenId = await addUserData(prisma);
        before = await observe(prisma, frozenId);
      });
    } finally {
      await first.stop();
    }

    const file = path.join(work, "embedded.tar.gz");
    await backupEmbedded(source, file);
    // It holds password hashes and second-factor secrets: readable by its owner only, whatever the umask.
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const target = path.join(work, "restored");
    expect(await restoreEmbedded(file, target)).toEqual({ database: target, replaced: null });

    const restored = await startEmbeddedDatabase({ dir: target });
    try {
      expect(await withClient(restored.url, (prisma) => observe(prisma, frozenId))).toEqual(before);
    } finally {
      await restored.stop();
    }

    await expect(restoreEmbedded(file, source)).rejects.toThrow(/already holds a database.*--force/);
    const junk = path.join(work, "junk.tar.gz");
    writeFileSync(junk, "not a backup");
    const fresh = path.join(work, "never");
    await expect(restoreEmbedded(junk, fresh)).rejects.toThrow(BackupError);
    expect(existsSync(fresh)).toBe(false);
  }, 300_000);
});

describe.runIf(serverUrl)("PostgreSQL backup and restore (pg_dump -Fc / pg_restore)", () => {
  const created: string[] = [];
  afterAll(async () => {
    const target = parseDatabaseUrl(serverUrl!);
    const client = new pg.Client({ ...target, connectionString: undefined });
    await client.connect();
    for (const name of created) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });

  it("round-trips into a fresh database, and refuses a database with tables or a broken file", async () => {
    const source = await createTestDatabase();
    const sourceName = parseDatabaseUrl(source.url).database;
    const file = path.join(work, "server.dump");
    let before: unknown;
    let frozenId = "";
    try {
      frozenId = await addUserData(source.prisma);
      before = await observe(source.prisma, frozenId);
      await backupPostgres(source.url, file);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    } finally {
      await source.prisma.$disconnect();
    }
    expect(readFileSync(file).subarray(0, 5).toString()).toBe("PGDMP");

    const freshName = `${sourceName}_restored`;
    created.push(freshName, sourceName);
    const freshUrl = withDatabase(source.url, freshName);
    expect(await restorePostgres(file, freshUrl)).toEqual({ database: freshName, replaced: null });
    expect(await withClient(freshUrl, (prisma) => observe(prisma, frozenId))).toEqual(before);

    await expect(restorePostgres(file, source.url)).rejects.toThrow(/already holds \d+ table\(s\).*--force/);
    await source.close();

    // A truncated dump fails inside pg_restore: nothing is left behind and the target does not appear.
    const broken = path.join(work, "broken.dump");
    writeFileSync(broken, readFileSync(file).subarray(0, 4096));
    const neverName = `${sourceName}_never`;
    created.push(neverName);
    await expect(restorePostgres(broken, withDatabase(source.url, neverName))).rejects.toThrow(/pg_restore failed/);
    const client = new pg.Client({
      ...parseDatabaseUrl(source.url),
      database: "postgres",
      connectionString: undefined,
    });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`${sourceName}_%`],
      );
      expect(rows.map((r) => r.datname)).toEqual([freshName]);
    } finally {
      await client.end();
    }
  }, 120_000);
});
