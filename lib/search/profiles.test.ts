import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";

// The filter index is kept by statement triggers: organization_filter from the records and their links, and three
// profiles (per province set, national, per province) from organization_filter. After any mix of writes, every derived
// table must equal what a rebuild from scratch gives. Each profile is compared with its own plain recomputation.

const database = setupTestDatabase();

type Row = Record<string, unknown>;
const sorted = (rows: Row[]) =>
  rows.map((r) => JSON.stringify(r, (_, v) => (typeof v === "bigint" ? String(v) : v))).sort();

async function snapshot() {
  const q = (sql: string) => database.prisma.$queryRawUnsafe<Row[]>(sql).then(sorted);
  return {
    filter:
      await q(`SELECT organization_id, visible, type::text, accepts_donations, need_mask, mode_mask, province_mask,
      region_codes, recognised, fundraising FROM organization_filter`),
    filterProfile:
      await q(`SELECT need_mask, mode_mask, type::text, accepts_donations, province_mask, recognised, fundraising,
      organizations FROM filter_profile`),
    nationalProfile:
      await q(`SELECT need_mask, mode_mask, type::text, accepts_donations, recognised, fundraising, organizations
      FROM national_profile`),
    provinceProfile:
      await q(`SELECT province, need_mask, mode_mask, type::text, accepts_donations, recognised, fundraising,
      organizations FROM province_profile`),
  };
}

describe("filter index kept by statement triggers", () => {
  it("equals a rebuild from scratch after inserts, link changes, status changes, trust dates and deletes", async () => {
    const prisma = database.prisma;
    const [first, second, third] = await prisma.organization.findMany({
      where: { status: "PUBLISHED", deletedAt: null },
      orderBy: { id: "asc" },
      take: 3,
      include: { modes: true, regions: true },
    });
    const mode = await prisma.interventionMode.findFirstOrThrow({ where: { status: "PUBLISHED" } });

    // A new published organization with links in several statements, then a batch of links in one statement.
    const created = await prisma.organization.create({
      data: {
        slug: "profile-check-new",
        nameZh: "画像核对机构",
        type: "GRASSROOTS_NGO",
        descriptionZh: "核对",
        status: "PUBLISHED",
        acceptsDonations: true,
      },
    });
    await prisma.organizationRegion.createMany({
      data: [
        { organizationId: created.id, regionCode: "510104" },
        { organizationId: created.id, regionCode: "620102" },
      ],
    });
    await prisma.organizationMode.create({ data: { organizationId: created.id, modeId: mode.id } });

    // A status change, a soft delete, a link removed from another organization.
    await prisma.organization.update({ where: { id: third!.id }, data: { status: "DRAFT" } });
    await prisma.organization.update({ where: { id: created.id }, data: { deletedAt: new Date() } });
    await prisma.organization.update({ where: { id: created.id }, data: { deletedAt: null } });
    if (first!.regions[0])
      await prisma.organizationRegion.deleteMany({
        where: { organizationId: first!.id, regionCode: first!.regions[0].regionCode },
      });
    await prisma.organizationMode.deleteMany({ where: { organizationId: second!.id } });
    // Last, so that no other write refreshes these rows: the trust dates alone must move them.
    await prisma.organization.update({
      where: { id: first!.id },
      data: { charityRecognisedOn: new Date("2020-05-01") },
    });
    await prisma.organization.update({
      where: { id: second!.id },
      data: { fundraisingQualifiedOn: new Date("2021-01-01") },
    });
    await prisma.organization.update({
      where: { id: third!.id },
      data: { fundraisingQualifiedOn: new Date("2022-03-01") },
    });
    await prisma.organization.update({ where: { id: second!.id }, data: { fundraisingQualifiedOn: null } });

    const kept = await snapshot();
    await prisma.$executeRawUnsafe(`SELECT rebuild_filter_index()`);
    const rebuilt = await snapshot();
    expect(kept.filter).toEqual(rebuilt.filter);
    expect(kept.filterProfile).toEqual(rebuilt.filterProfile);
    expect(kept.nationalProfile).toEqual(rebuilt.nationalProfile);
    expect(kept.provinceProfile).toEqual(rebuilt.provinceProfile);
    expect(kept.filter.some((row) => row.includes('"recognised":true'))).toBe(true);
  });

  it("the national and province profiles add up to the per-set profile", async () => {
    const [[national], [fromSets], [perProvince], [fromSetsByProvince]] = await Promise.all([
      database.prisma.$queryRawUnsafe<{ n: number }[]>(
        `SELECT coalesce(sum(organizations), 0)::int AS n FROM national_profile`,
      ),
      database.prisma.$queryRawUnsafe<{ n: number }[]>(
        `SELECT coalesce(sum(organizations), 0)::int AS n FROM filter_profile`,
      ),
      database.prisma.$queryRawUnsafe<{ n: number }[]>(
        `SELECT coalesce(sum(organizations), 0)::int AS n FROM province_profile`,
      ),
      database.prisma.$queryRawUnsafe<{ n: number }[]>(
        `SELECT coalesce(sum(organizations * bit_count(province_mask::bit(64))), 0)::int AS n FROM filter_profile`,
      ),
    ]);
    expect(national!.n).toBe(fromSets!.n);
    expect(perProvince!.n).toBe(fromSetsByProvince!.n);
  });
});
