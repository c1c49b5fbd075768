import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { type FrozenItem, freezeList, frozenId, loadFrozenList } from "./frozen";

const database = setupTestDatabase();

/** Published organizations in one province, by name so the test can pick two to change. */
async function publishedIn(province: string) {
  return database.prisma.organization.findMany({
    where: { status: "PUBLISHED", deletedAt: null, regions: { some: { regionCode: { startsWith: province } } } },
    select: { id: true, slug: true },
    orderBy: { id: "asc" },
  });
}

/** The public organizations in a province in the results page's name order, as plain SQL finds them. */
async function byNameIn(province: string, locale: "zh" | "en"): Promise<number[]> {
  const rows = await database.prisma.$queryRaw<{ id: number }[]>`
    SELECT o.id FROM organization o JOIN organization_filter f ON f.organization_id = o.id
     WHERE o.status = 'PUBLISHED' AND o.deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM organization_region r WHERE r.organization_id = o.id AND r.region_code LIKE ${`${province}%`})
     ORDER BY CASE WHEN ${locale} = 'en' THEN f.name_en_sort ELSE f.name_zh END, o.id`;
  return rows.map((r) => r.id);
}

/** An organization's card as the list shows it, read with plain SQL: the needs its published modes meet, in need order. */
async function itemOf(id: number): Promise<FrozenItem> {
  const [org] = await database.prisma.$queryRaw<
    { slug: string; name_zh: string; name_en: string | null; reviewed_at: Date | null }[]
  >`
    SELECT slug, name_zh, name_en, reviewed_at FROM organization WHERE id = ${id}`;
  const needs = await database.prisma.$queryRaw<{ slug: string }[]>`
    SELECT n.slug FROM need n
     WHERE n.status = 'PUBLISHED' AND n.deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM organization_mode om
                     JOIN intervention_mode m ON m.id = om.mode_id AND m.status = 'PUBLISHED' AND m.deleted_at IS NULL
                     JOIN mode_need mn ON mn.mode_id = m.id
                    WHERE om.organization_id = ${id} AND mn.need_id = n.id)
     ORDER BY n.sort_order, n.id`;
  return {
    id,
    slug: org!.slug,
    nameZh: org!.name_zh,
    nameEn: org!.name_en,
    reviewedAt: org!.reviewed_at?.toISOString() ?? null,
    needs: needs.map((n) => n.slug),
  };
}

describe("frozen lists", () => {
  it("store the canonical filters, the language, the count and each organization as the page showed it", async () => {
    const frozen = await freezeList(
      database.prisma,
      { query: "region=510000&sort=name&page=3&utm=x", locale: "en" },
      "store-client",
    );
    if (!frozen.ok) throw new Error("not frozen");
    expect(frozenId.safeParse(frozen.id).success).toBe(true);
    const row = await database.prisma.sharedList.findUniqueOrThrow({ where: { id: frozen.id } });
    const ids = await byNameIn("51", "en");
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(ids, "the two languages' name orders must differ for this test to mean anything").not.toEqual(
      await byNameIn("51", "zh"),
    );
    expect(row).toMatchObject({ query: "?region=510000&sort=name", locale: "en", total: ids.length });
    expect(row.items).toEqual(await Promise.all(ids.map(itemOf)));
    expect((row.items as FrozenItem[]).some((i) => i.reviewedAt === null)).toBe(true);
  });

  it("keep the Chinese page's name order when saved from a Chinese page", async () => {
    const frozen = await freezeList(database.prisma, { query: "region=510000&sort=name", locale: "zh" }, "zh-client");
    if (!frozen.ok) throw new Error("not frozen");
    const row = await database.prisma.sharedList.findUniqueOrThrow({ where: { id: frozen.id } });
    expect((row.items as FrozenItem[]).map((i) => i.id)).toEqual(await byNameIn("51", "zh"));
  });

  it("mark the organizations that are sample records now", async () => {
    const frozen = await freezeList(database.prisma, { query: "region=510000", locale: "zh" }, "sample-client");
    if (!frozen.ok) throw new Error("not frozen");
    const ids = await byNameIn("51", "zh");
    const [real] = ids;
    await database.prisma.organization.updateMany({ where: { id: { in: ids } }, data: { isSample: true } });
    await database.prisma.organization.update({ where: { id: real! }, data: { isSample: false } });
    // A sample organization outside the list is not one of the list's.
    const outside = await database.prisma.organization.findFirstOrThrow({ where: { id: { notIn: ids } } });
    await database.prisma.organization.update({ where: { id: outside.id }, data: { isSample: true } });
    const view = await loadFrozenList(database.prisma, frozen.id);
    expect(view?.sampleIds).toEqual(new Set(ids.filter((id) => id !== real)));
  });

  it("delete the lists past their retention when a new one is saved", async () => {
    await database.prisma.sharedList.create({
      data: {
        id: "oldoldold2",
        query: "",
        locale: "zh",
        total: 0,
        items: [],
        createdAt: new Date("2020-01-01T00:00:00Z"),
      },
    });
    expect((await freezeList(database.prisma, { query: "", locale: "zh" }, "sweep-client")).ok).toBe(true);
    expect(await database.prisma.sharedList.findUnique({ where: { id: "oldoldold2" } })).toBeNull();
  });

  it("report what was removed, added and re-reviewed since they were saved", async () => {
    const before = await publishedIn("52");
    expect(before.length).toBeGreaterThanOrEqual(3);
    const [gone, reviewed, hidden] = before;
    // One organization starts hidden so that publishing it later counts as "added".
    await database.prisma.organization.update({ where: { id: hidden!.id }, data: { status: "DRAFT" } });

    const frozen = await freezeList(database.prisma, { query: "region=520000", locale: "zh" }, "test-client");
    if (!frozen.ok) throw new Error("not frozen");

    await database.prisma.organization.update({ where: { id: gone!.id }, data: { deletedAt: new Date() } });
    await database.prisma.organization.update({ where: { id: hidden!.id }, data: { status: "PUBLISHED" } });
    await database.prisma.organization.update({
      where: { id: reviewed!.id },
      data: { reviewedAt: new Date("2026-11-01T00:00:00Z") },
    });

    const view = await loadFrozenList(database.prisma, frozen.id);
    expect(view?.removed.map((i) => i.slug)).toEqual([gone!.slug]);
    expect(view?.added.map((i) => i.slug)).toEqual([hidden!.slug]);
    expect(view?.reReviewed.map((i) => i.slug)).toEqual([reviewed!.slug]);
    expect(view?.items.map((i) => i.slug)).toContain(gone!.slug);
    expect(view?.items.map((i) => i.slug)).not.toContain(hidden!.slug);
  });

  it("refuse more than 20 lists an hour from one client, but not from another", async () => {
    const outcomes = [];
    for (let i = 0; i < 21; i++) outcomes.push(await freezeList(database.prisma, { query: "", locale: "en" }, "busy"));
    expect(outcomes.slice(0, 20).every((o) => o.ok)).toBe(true);
    expect(outcomes[20]).toEqual({ ok: false, reason: "rate-limited" });
    expect((await freezeList(database.prisma, { query: "", locale: "en" }, "other")).ok).toBe(true);
  });

  it("find nothing for malformed or unknown ids, and refuse a malformed one without asking the database", async () => {
    const queries = database.queryCount();
    expect(await loadFrozenList(database.prisma, "%E4%B8")).toBeNull();
    expect(await loadFrozenList(database.prisma, "abcdefghijk")).toBeNull();
    expect(database.queryCount()).toBe(queries);
    expect(await loadFrozenList(database.prisma, "abcdefghij")).toBeNull();
  });
});
