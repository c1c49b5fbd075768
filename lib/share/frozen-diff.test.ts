import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { freezeList, loadFrozenList } from "./frozen";

const database = setupTestDatabase();

/** Published organizations in one province, by name so the test can pick two to change. */
async function publishedIn(province: string) {
  return database.prisma.organization.findMany({
    where: { status: "PUBLISHED", deletedAt: null, regions: { some: { regionCode: { startsWith: province } } } },
    select: { id: true, slug: true },
    orderBy: { id: "asc" },
  });
}

describe("frozen lists", () => {
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

  it("find nothing for malformed or unknown ids", async () => {
    expect(await loadFrozenList(database.prisma, "%E4%B8")).toBeNull();
    expect(await loadFrozenList(database.prisma, "abcdefghij")).toBeNull();
  });
});
