import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "./setup-test-database";
import type { TestDatabase } from "./test-database";

/** The derived filter rows and profile counts, in a fixed order, as plain JSON. */
async function derived(database: TestDatabase) {
  const filters = await database.prisma.$queryRaw<unknown[]>`
    SELECT organization_id, visible, type::text, accepts_donations, need_mask::text, mode_mask::text,
           province_mask::text, region_codes, name_zh, name_en_sort, reviewed_at, children_served, recognised, fundraising
      FROM organization_filter ORDER BY organization_id`;
  const profiles = await database.prisma.$queryRaw<unknown[]>`
    SELECT need_mask::text, mode_mask::text, type::text, accepts_donations, province_mask::text, recognised, fundraising,
           organizations
      FROM filter_profile ORDER BY 1, 2, 3, 4, 5, 6, 7`;
  // The narrower profiles of decision 042, kept by the same triggers.
  const national = await database.prisma.$queryRaw<unknown[]>`
    SELECT need_mask::text, mode_mask::text, type::text, accepts_donations, recognised, fundraising, organizations
      FROM national_profile ORDER BY 1, 2, 3, 4, 5, 6`;
  const provinces = await database.prisma.$queryRaw<unknown[]>`
    SELECT province, need_mask::text, mode_mask::text, type::text, accepts_donations, recognised, fundraising, organizations
      FROM province_profile ORDER BY 1, 2, 3, 4, 5, 6, 7`;
  const cities = await database.prisma.$queryRaw<unknown[]>`
    SELECT city, need_mask::text, mode_mask::text, type::text, accepts_donations, recognised, fundraising, organizations
      FROM city_profile ORDER BY 1, 2, 3, 4, 5, 6, 7`;
  const reviews = await database.prisma.$queryRaw<unknown[]>`
    SELECT review_month, need_mask::text, mode_mask::text, type::text, accepts_donations, province_mask::text,
           recognised, fundraising, organizations
      FROM review_profile ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`;
  return { filters, profiles, national, provinces, cities, reviews };
}

/** The triggers keep the filter index as a full rebuild computes it, whatever many rows one statement writes. */
async function expectSameAsRebuild(database: TestDatabase) {
  const kept = await derived(database);
  await database.prisma.$executeRaw`SELECT rebuild_filter_index()`;
  expect(kept).toEqual(await derived(database));
}

describe("the filter index under statements of many rows", () => {
  const database = setupTestDatabase();

  it("stays equal to a rebuild after multi-row inserts, updates and deletes of organizations and links", async () => {
    const { prisma } = database;
    const [mode, otherMode] = await prisma.interventionMode.findMany({ take: 2, orderBy: { id: "asc" } });
    const created = await prisma.organization.createManyAndReturn({
      data: Array.from({ length: 30 }, (_, i) => ({
        slug: `bulk-${i}`,
        nameZh: `批量机构${i}`,
        type: i % 2 ? ("GRASSROOTS_NGO" as const) : ("FOUNDATION" as const),
        descriptionZh: "批量写入。",
        status: i % 3 ? ("PUBLISHED" as const) : ("DRAFT" as const),
      })),
      select: { id: true },
    });
    const ids = created.map((o) => o.id);
    await prisma.organizationMode.createMany({
      data: ids.map((id, i) => ({ organizationId: id, modeId: (i % 2 ? mode : otherMode)!.id })),
    });
    await prisma.organizationRegion.createMany({
      data: ids.flatMap((id, i) => [
        { organizationId: id, regionCode: i % 2 ? "510000" : "620102" },
        { organizationId: id, regionCode: "430100" },
      ]),
    });
    await expectSameAsRebuild(database);

    await prisma.organizationMode.updateMany({
      where: { organizationId: { in: ids.slice(0, 10) } },
      data: { modeId: mode!.id },
    });
    await prisma.organizationRegion.deleteMany({
      where: { organizationId: { in: ids.slice(5, 20) }, regionCode: "430100" },
    });
    await prisma.organization.updateMany({ where: { id: { in: ids.slice(0, 15) } }, data: { status: "PUBLISHED" } });
    await prisma.organization.updateMany({
      where: { id: { in: ids.slice(10, 25) } },
      data: { charityRecognisedOn: new Date("2020-01-01"), nameEn: "Renamed" },
    });
    await expectSameAsRebuild(database);

    // Trust dates and verification months move organizations between profiles too.
    await prisma.organization.updateMany({
      where: { id: { in: ids.slice(0, 10) } },
      data: { charityRecognisedOn: new Date("2021-04-01"), reviewedAt: new Date("2023-01-15") },
    });
    await prisma.organization.updateMany({
      where: { id: { in: ids.slice(5, 15) } },
      data: { fundraisingQualifiedOn: new Date("2022-06-01"), reviewedAt: new Date() },
    });
    await expectSameAsRebuild(database);

    await prisma.organization.deleteMany({ where: { id: { in: ids.slice(20) } } });
    await prisma.organizationMode.deleteMany({ where: { organizationId: { in: ids.slice(0, 5) } } });
    await expectSameAsRebuild(database);
  });
});
