import { describe, expect, it } from "vitest";
import type { TestDatabase } from "@/lib/db/test-database";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { loadModeDetail, loadModeList } from "./modes";
import { loadNeedDetail, loadNeedList } from "./needs";
import { loadOrganizationDetail } from "./organizations";
import { isReviewStale } from "./review";
import { loadPolicyDetail, loadPolicyList } from "./policies";
import { groupByProvince } from "./provinces";

const NEED = "psychological-emotional";
const MODE = "psychological-counselling-companionship";

/** Organizations meeting each need, written independently of the module: published org, published mode, mode meets need. */
async function sqlCountsPerNeed(database: TestDatabase): Promise<Record<string, number>> {
  const rows = await database.prisma.$queryRaw<{ slug: string; n: bigint }[]>`
    SELECT n.slug,
           (SELECT count(*) FROM organization o
             WHERE o.status = 'PUBLISHED' AND o.deleted_at IS NULL
               AND EXISTS (SELECT 1 FROM organization_mode om
                             JOIN intervention_mode m ON m.id = om.mode_id
                             JOIN mode_need mn ON mn.mode_id = m.id
                            WHERE om.organization_id = o.id AND mn.need_id = n.id
                              AND m.status = 'PUBLISHED' AND m.deleted_at IS NULL)) AS n
      FROM need n
     WHERE n.status = 'PUBLISHED' AND n.deleted_at IS NULL`;
  return Object.fromEntries(rows.map((row) => [row.slug, Number(row.n)]));
}

/** Slugs of published organizations meeting a need with a region in each province, by plain SQL. */
async function sqlOrganizationsByProvince(database: TestDatabase, needSlug: string): Promise<Record<string, string[]>> {
  const rows = await database.prisma.$queryRaw<{ province_code: string; slug: string }[]>`
    SELECT DISTINCT r.province_code, o.slug
      FROM organization o
      JOIN organization_region orr ON orr.organization_id = o.id
      JOIN region r ON r.code = orr.region_code
      JOIN organization_mode om ON om.organization_id = o.id
      JOIN intervention_mode m ON m.id = om.mode_id AND m.status = 'PUBLISHED' AND m.deleted_at IS NULL
      JOIN mode_need mn ON mn.mode_id = m.id
      JOIN need n ON n.id = mn.need_id
     WHERE n.slug = ${needSlug} AND o.status = 'PUBLISHED' AND o.deleted_at IS NULL`;
  const groups: Record<string, string[]> = {};
  for (const row of rows) (groups[row.province_code] ??= []).push(row.slug);
  for (const slugs of Object.values(groups)) slugs.sort();
  return groups;
}

describe("public record pages' data", () => {
  const database = setupTestDatabase();

  it("counts the organizations meeting each need as plain SQL does", async () => {
    const expected = await sqlCountsPerNeed(database);
    const list = await loadNeedList(database.prisma, "zh");
    expect(list).toHaveLength(Object.keys(expected).length);
    expect(Object.fromEntries(list.map((need) => [need.slug, need.organizationCount]))).toEqual(expected);
    expect(list.some((need) => need.organizationCount > 0)).toBe(true);
  });

  it("groups a need's organizations under every province they work in", async () => {
    const need = await loadNeedDetail(database.prisma, NEED, "zh");
    expect(need).not.toBeNull();
    const actual = Object.fromEntries(
      need!.provinces.map((group) => [group.code, group.items.map((o) => o.slug).sort()]),
    );
    expect(actual).toEqual(await sqlOrganizationsByProvince(database, NEED));
    expect(need!.provinces.map((group) => group.code)).toEqual(need!.provinces.map((group) => group.code).sort());
    expect(need!.provinces.every((group) => /省|市|自治区/.test(group.name))).toBe(true);
    // Provinces with organizations but none meeting the need are the rest.
    const [row] = await database.prisma.$queryRaw<{ provinces: bigint }[]>`
      SELECT count(DISTINCT r.province_code) AS provinces FROM organization_region orr
        JOIN region r ON r.code = orr.region_code JOIN organization o ON o.id = orr.organization_id
       WHERE o.status = 'PUBLISHED' AND o.deleted_at IS NULL`;
    expect(need!.provincesWithOrganizations).toBe(Number(row!.provinces));
    expect(need!.provincesWithout.length + need!.provinces.length).toBe(Number(row!.provinces));
  });

  it("lists an item in each province it works in, in code order", () => {
    const provinces = [
      { code: "510000", name: "四川省" },
      { code: "520000", name: "贵州省" },
    ];
    const groups = groupByProvince(
      [
        { slug: "a", in: ["520000", "510000", "510000"] },
        { slug: "b", in: ["520000"] },
      ],
      (item) => item.in,
      provinces,
    );
    expect(groups.map((g) => [g.code, g.name, g.items.map((i) => i.slug)])).toEqual([
      ["510000", "四川省", ["a"]],
      ["520000", "贵州省", ["a", "b"]],
    ]);
  });

  it("gives the policy timeline in order of issue from 2006, year unknown last, and a policy's needs", async () => {
    const list = await loadPolicyList(database.prisma, "en");
    expect(list).toHaveLength(9);
    expect(list[0]!.year).toBe(2006);
    expect(list.slice(-2).map((p) => p.year)).toEqual([null, null]);
    const order = list.map((p) => (p.year ?? 9999) * 100 + (p.month ?? 0));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const detail = await loadPolicyDetail(database.prisma, list[0]!.slug, "en");
    expect(detail?.needs.map((n) => n.slug)).toContain("education-schooling");
    expect(detail?.title).toMatch(/Migrant Workers/);
  });

  it("shows why an organization matches: its modes, their scale and the needs each meets", async () => {
    const [row] = await database.prisma.$queryRaw<{ slug: string }[]>`
      SELECT o.slug FROM organization o JOIN organization_mode om ON om.organization_id = o.id ORDER BY o.id LIMIT 1`;
    const org = await loadOrganizationDetail(database.prisma, row!.slug, "zh");
    expect(org?.isSample).toBe(true);
    expect(org!.modes.length).toBeGreaterThan(0);
    expect(org!.modes.every((mode) => mode.needs.length > 0 && mode.sites !== null)).toBe(true);
    // County-level regions come with their city and province: 四川省 · 广元市 · 苍溪县.
    expect(
      org!.regions.every((region) => region.names.length === 3 && /(省|市|自治区)$/.test(region.names[0]!.text)),
    ).toBe(true);
    const english = await loadOrganizationDetail(database.prisma, row!.slug, "en");
    expect(english!.regions[0]!.names[0]).toEqual({ text: expect.stringMatching(/^[A-Z][a-z]/), chinese: false });
    // Counties have English (pinyin) names too, so nothing is left in Chinese.
    expect(english!.regions[0]!.names[2]).toEqual({ text: expect.stringMatching(/^[A-Z][a-z]/), chinese: false });
  });

  it("flags a review older than a year", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    expect(isReviewStale(new Date("2025-05-01T00:00:00Z"), now)).toBe(true);
    expect(isReviewStale(new Date("2025-12-01T00:00:00Z"), now)).toBe(false);
    expect(isReviewStale(null, now)).toBe(true);
  });

  it("loads a detail page in a bounded number of queries, however many organizations there are", async () => {
    const queriesFor = async (load: () => Promise<unknown>) => {
      const before = database.queryCount();
      await load();
      return database.queryCount() - before;
    };
    const pages = {
      need: () => loadNeedDetail(database.prisma, NEED, "zh"),
      mode: () => loadModeDetail(database.prisma, MODE, "zh"),
      needs: () => loadNeedList(database.prisma, "zh"),
      modes: () => loadModeList(database.prisma, "zh"),
    };
    // One page at a time, so that each count is that page's own.
    const countAll = async () => {
      const counts: Record<string, number> = {};
      for (const [name, load] of Object.entries(pages)) counts[name] = await queriesFor(load);
      return counts;
    };
    const before = await countAll();

    // 40 more organizations running the mode, each in two counties of different provinces.
    const mode = await database.prisma.interventionMode.findUniqueOrThrow({ where: { slug: MODE } });
    for (let i = 0; i < 40; i++) {
      await database.prisma.organization.create({
        data: {
          slug: `bulk-${i}`,
          nameZh: `示例·批量机构${i}`,
          type: "GRASSROOTS_NGO",
          descriptionZh: "示例",
          status: "PUBLISHED",
          isSample: true,
          modes: { create: { modeId: mode.id, sites: 1, childrenServed: 10 } },
          regions: { create: [{ regionCode: "510824" }, { regionCode: "522601" }] },
        },
      });
    }
    expect(await countAll()).toEqual(before);
    // A handful per relation level (Prisma loads each nested relation in one query), never one per organization.
    expect(Math.max(...Object.values(before))).toBeLessThanOrEqual(12);

    const org = await queriesFor(() => loadOrganizationDetail(database.prisma, "bulk-0", "zh"));
    expect(org).toBeLessThanOrEqual(12);
    const need = await loadNeedDetail(database.prisma, NEED, "zh");
    expect(need!.provinces.find((g) => g.code === "520000")!.items.some((o) => o.slug === "bulk-0")).toBe(true);
    expect(need!.provinces.find((g) => g.code === "510000")!.items.some((o) => o.slug === "bulk-0")).toBe(true);
  });

  it("leaves out drafts and deleted records everywhere", async () => {
    const prisma = database.prisma;
    await prisma.organization.update({ where: { slug: "bulk-1" }, data: { status: "DRAFT" } });
    await prisma.organization.update({ where: { slug: "bulk-2" }, data: { deletedAt: new Date() } });
    const draftNeed = await prisma.need.findFirstOrThrow({ where: { slug: "social-recreational" } });
    await prisma.need.update({ where: { id: draftNeed.id }, data: { status: "DRAFT" } });
    const draftPolicy = await prisma.policy.findFirstOrThrow({ orderBy: { year: "desc" } });
    await prisma.policy.update({ where: { id: draftPolicy.id }, data: { deletedAt: new Date() } });
    await prisma.interventionMode.update({ where: { slug: "holiday-camps" }, data: { status: "DRAFT" } });

    expect(await loadOrganizationDetail(prisma, "bulk-1", "zh")).toBeNull();
    expect(await loadOrganizationDetail(prisma, "bulk-2", "zh")).toBeNull();
    expect(await loadNeedDetail(prisma, "social-recreational", "zh")).toBeNull();
    expect(await loadPolicyDetail(prisma, draftPolicy.slug, "zh")).toBeNull();
    expect(await loadModeDetail(prisma, "holiday-camps", "zh")).toBeNull();
    expect(await loadNeedDetail(prisma, "no-such-need", "zh")).toBeNull();

    const needs = await loadNeedList(prisma, "zh");
    expect(needs.map((n) => n.slug)).not.toContain("social-recreational");
    expect(Object.fromEntries(needs.map((n) => [n.slug, n.organizationCount]))).toEqual(
      await sqlCountsPerNeed(database),
    );
    expect((await loadPolicyList(prisma, "zh")).map((p) => p.slug)).not.toContain(draftPolicy.slug);
    expect((await loadModeList(prisma, "zh")).map((m) => m.slug)).not.toContain("holiday-camps");

    const need = await loadNeedDetail(prisma, NEED, "zh");
    const shown = need!.provinces.flatMap((g) => g.items.map((o) => o.slug));
    expect(shown).toContain("bulk-0");
    expect(shown).not.toContain("bulk-1");
    expect(shown).not.toContain("bulk-2");
    expect(need!.modes.map((m) => m.slug)).not.toContain("holiday-camps");
    const mode = await loadModeDetail(prisma, MODE, "zh");
    expect(mode!.needs.map((n) => n.slug)).not.toContain("social-recreational");
    expect(mode!.provinces.flatMap((g) => g.items.map((o) => o.slug))).not.toContain("bulk-1");
    expect((await loadModeList(prisma, "zh")).find((m) => m.slug === MODE)!.organizationCount).toBe(
      mode!.organizationCount,
    );
  });
});
