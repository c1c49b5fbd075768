import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedUuid } from "@/lib/opendata/ids";
import type { TestDatabase } from "../test-database";
import { setupTestDatabase } from "../setup-test-database";
import { seedDemoData } from ".";
import { organizations } from "./data/organizations";
import { policies } from "./data/policies";

async function rowCounts(database: TestDatabase) {
  const [row] = await database.prisma.$queryRaw<Record<string, bigint>[]>`
    SELECT (SELECT count(*) FROM region) AS region, (SELECT count(*) FROM need) AS need,
           (SELECT count(*) FROM policy) AS policy, (SELECT count(*) FROM policy_need) AS policy_need,
           (SELECT count(*) FROM intervention_mode) AS mode, (SELECT count(*) FROM mode_need) AS mode_need,
           (SELECT count(*) FROM organization) AS organization, (SELECT count(*) FROM organization_mode) AS organization_mode,
           (SELECT count(*) FROM organization_region) AS organization_region,
           (SELECT max(updated_at) FROM organization) AS last_update`;
  return row;
}

describe("demo data", () => {
  const database = setupTestDatabase();

  it("is idempotent: a second run creates nothing and changes nothing", async () => {
    const before = await rowCounts(database);
    const created = await seedDemoData(database.prisma);
    expect(created).toEqual({
      regions: 0,
      needs: 0,
      policies: 0,
      modes: 0,
      organizations: 0,
      repaired: { corrected: 0, retired: 0, samplesUnverified: 0, seededUnverified: 0 },
    });
    expect(await rowCounts(database)).toEqual(before);
  });

  it("keeps staff edits to seeded records", async () => {
    const slug = organizations[0]!.slug;
    await database.prisma.organization.update({ where: { slug }, data: { nameZh: "示例·已由工作人员修改" } });
    await seedDemoData(database.prisma);
    expect((await database.prisma.organization.findUniqueOrThrow({ where: { slug } })).nameZh).toBe(
      "示例·已由工作人员修改",
    );
  });

  it("gives cities and counties their English names, also where an earlier load left them out", async () => {
    await database.prisma.region.updateMany({ where: { code: { in: ["522600", "510104"] } }, data: { nameEn: null } });
    await database.prisma.region.update({ where: { code: "510100" }, data: { nameEn: "Chengdu (staff)" } });
    await seedDemoData(database.prisma);
    const names = await database.prisma.region.findMany({
      where: { code: { in: ["522600", "510104", "510100"] } },
      orderBy: { code: "asc" },
      select: { nameEn: true },
    });
    expect(names.map((n) => n.nameEn)).toEqual([
      "Chengdu (staff)",
      "Jinjiang District",
      "Qiandongnan Miao and Dong Autonomous Prefecture",
    ]);
    expect(await database.prisma.region.count({ where: { nameEn: null } })).toBe(0);
  });

  it("loads China's divisions at three levels from the package", async () => {
    const levels = await database.prisma.region.groupBy({ by: ["level"], _count: true });
    const count = Object.fromEntries(levels.map((l) => [l.level, l._count]));
    expect(count.PROVINCE).toBeGreaterThanOrEqual(31);
    expect(count.CITY).toBeGreaterThan(300);
    expect(count.COUNTY).toBeGreaterThan(2800);
    expect(await database.prisma.region.findUnique({ where: { code: "510000" } })).toMatchObject({
      nameZh: "四川省",
      nameEn: "Sichuan",
    });
  });

  it("holds every policy of the report summary, sourced to it, with the needs it addresses", async () => {
    const rows = await database.prisma.policy.findMany({ include: { needs: true } });
    expect(rows).toHaveLength(policies.length);
    expect(rows.length).toBeGreaterThanOrEqual(9);
    for (const policy of rows) {
      expect(policy.sourceName).toMatch(/沃启基金会/);
      expect(policy.needs.length).toBeGreaterThan(0);
    }
    expect(rows.map((p) => p.year)).toContain(2006);
    expect(rows.find((p) => p.year === 2006)?.documentNumber).toMatch(/2006/);
  });

  it("has at least 6 needs and 8 modes, every need met by a mode", async () => {
    const needs = await database.prisma.need.findMany({ include: { modes: true } });
    expect(needs.length).toBeGreaterThanOrEqual(6);
    expect(needs.every((n) => n.descriptionZh.length > 0 && n.modes.length > 0)).toBe(true);
    expect(await database.prisma.interventionMode.count()).toBeGreaterThanOrEqual(8);
  });

  it("has at least 60 sample organizations at county level across at least 10 provinces", async () => {
    const rows = await database.prisma.organization.findMany({
      include: { regions: { include: { region: true } }, modes: true },
    });
    expect(rows.length).toBeGreaterThanOrEqual(60);
    for (const organization of rows) {
      expect(organization.isSample).toBe(true);
      expect(organization.nameZh.startsWith("示例")).toBe(true);
      expect(organization.modes.length).toBeGreaterThan(0);
      expect(organization.regions.length).toBeGreaterThan(0);
      expect(organization.regions.every((r) => r.region.level === "COUNTY")).toBe(true);
    }
    const provinces = new Set(rows.flatMap((o) => o.regions.map((r) => r.region.provinceCode)));
    expect(provinces.size).toBeGreaterThanOrEqual(10);
  });

  it("gives seeded records name-based ids that edits never change", async () => {
    const rows = [
      ...(await database.prisma.need.findMany()).map((r) => ["need", r] as const),
      ...(await database.prisma.policy.findMany()).map((r) => ["policy", r] as const),
      ...(await database.prisma.interventionMode.findMany()).map((r) => ["mode", r] as const),
      ...(await database.prisma.organization.findMany()).map((r) => ["organization", r] as const),
    ];
    for (const [kind, row] of rows) expect(row.uuid, `${kind} ${row.slug}`).toBe(seedUuid(kind, row.slug));
    expect(new Set(rows.map(([, r]) => r.uuid)).size).toBe(rows.length);
    const slug = organizations[1]!.slug;
    const edited = await database.prisma.organization.update({ where: { slug }, data: { descriptionZh: "改过" } });
    expect(edited.uuid).toBe(seedUuid("organization", slug));
  });

  it("the migration that added the ids gives existing rows the seed's ids", async () => {
    const folder = readdirSync(path.join(process.cwd(), "prisma/migrations")).find((f) => f.endsWith("_record_uuids"));
    const sql = readFileSync(path.join(process.cwd(), "prisma/migrations", folder!, "migration.sql"), "utf8");
    const updates = sql.split(/;\s*\n/).filter((statement) => /^\s*UPDATE /m.test(statement));
    expect(updates).toHaveLength(4);
    await database.prisma.$executeRawUnsafe("UPDATE need SET uuid = gen_random_uuid()");
    await database.prisma.$executeRawUnsafe("UPDATE organization SET uuid = gen_random_uuid()");
    for (const statement of updates) {
      await database.prisma.$executeRawUnsafe(statement.slice(statement.search(/^\s*UPDATE /m)));
    }
    for (const row of await database.prisma.need.findMany()) expect(row.uuid).toBe(seedUuid("need", row.slug));
    for (const row of await database.prisma.organization.findMany()) {
      expect(row.uuid).toBe(seedUuid("organization", row.slug));
    }
  });
});
