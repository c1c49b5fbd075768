import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./setup-test-database";
import type { TestDatabase } from "./test-database";

/** The lexeme profiles as the triggers keep them, in a fixed order, as plain JSON. */
async function kept(database: TestDatabase) {
  const byMonth = await database.prisma.$queryRaw<unknown[]>`
    SELECT lexeme, review_month, need_mask::text, mode_mask::text, type::text, accepts_donations,
           province_mask::text, recognised, fundraising, organizations
      FROM lexeme_review_profile ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;
  const overall = await database.prisma.$queryRaw<unknown[]>`
    SELECT lexeme, need_mask::text, mode_mask::text, type::text, accepts_donations, province_mask::text, recognised,
           fundraising, organizations
      FROM lexeme_profile ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`;
  return { byMonth, overall };
}

/**
 * The same counted in plain SQL from the records: the lexemes of each organization's own search vector and its
 * status, not the filter row's copy (the filter columns are checked against the link tables elsewhere).
 */
async function counted(database: TestDatabase) {
  const byMonth = await database.prisma.$queryRaw<unknown[]>`
    SELECT p.lexeme, date_trunc('month', coalesce(o.reviewed_at, '-infinity'), 'Asia/Shanghai') AS review_month,
           f.need_mask::text, f.mode_mask::text, o.type::text, o.accepts_donations, f.province_mask::text,
           o.charity_recognised_on IS NOT NULL AS recognised, o.fundraising_qualified_on IS NOT NULL AS fundraising,
           count(*)::int AS organizations
      FROM profiled_lexeme p
      JOIN organization o ON p.lexeme = ANY(tsvector_to_array(o.search_vector))
      JOIN organization_filter f ON f.organization_id = o.id
     WHERE o.status = 'PUBLISHED' AND o.deleted_at IS NULL
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;
  const overall = await database.prisma.$queryRaw<unknown[]>`
    SELECT p.lexeme, f.need_mask::text, f.mode_mask::text, o.type::text, o.accepts_donations, f.province_mask::text,
           o.charity_recognised_on IS NOT NULL AS recognised, o.fundraising_qualified_on IS NOT NULL AS fundraising,
           count(*)::int AS organizations
      FROM profiled_lexeme p
      JOIN organization o ON p.lexeme = ANY(tsvector_to_array(o.search_vector))
      JOIN organization_filter f ON f.organization_id = o.id
     WHERE o.status = 'PUBLISHED' AND o.deleted_at IS NULL
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`;
  return { byMonth, overall };
}

describe("the lexeme profiles under every kind of write", () => {
  const database = setupTestDatabase();
  const expectCounted = async (step: string) => expect(await kept(database), step).toEqual(await counted(database));

  beforeAll(async () => {
    // The demo directory is small: every lexeme of two organizations or more is profiled here.
    await database.prisma.$executeRaw`SELECT rebuild_lexeme_profiles(2)`;
  });

  it("profiles the common lexemes of both languages and leaves the rare ones out", async () => {
    const profiled = await database.prisma.$queryRaw<{ lexeme: string; organizations: number }[]>`
      SELECT lexeme, organizations FROM profiled_lexeme WHERE lexeme IN ('心理', 'reading', 'children')`;
    expect(profiled.map((p) => p.lexeme).sort()).toEqual(["children", "reading", "心理"]);
    const [rare] = await database.prisma.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM ts_stat('SELECT search_vector FROM organization WHERE status = ''PUBLISHED''') s
        JOIN profiled_lexeme p ON p.lexeme = s.word WHERE s.ndoc < 2`;
    expect(Number(rare!.count)).toBe(0);
    await expectCounted("after the rebuild");
  });

  it("stays equal to plain SQL after inserts, text edits, publication, soft deletion, links and bulk statements", async () => {
    const { prisma } = database;
    const [mode, otherMode] = await prisma.interventionMode.findMany({ take: 2, orderBy: { id: "asc" } });
    const created = await prisma.organization.create({
      data: {
        slug: "lexeme-new",
        nameZh: "心理陪伴新机构",
        nameEn: "New reading circle",
        type: "GRASSROOTS_NGO",
        descriptionZh: "为留守儿童提供心理辅导。",
        descriptionEn: "Counselling and reading for children.",
        status: "PUBLISHED",
        reviewedAt: new Date("2023-03-10"),
        modes: { create: [{ modeId: mode!.id }] },
        regions: { create: [{ regionCode: "510000" }] },
      },
    });
    await expectCounted("insert");

    // Only the description changes: no filter column does.
    await prisma.organization.update({
      where: { id: created.id },
      data: { descriptionZh: "开展安全教育。", descriptionEn: "Safety education." },
    });
    await expectCounted("text edit");

    await prisma.organization.update({ where: { id: created.id }, data: { status: "DRAFT" } });
    await expectCounted("unpublish");
    await prisma.organization.update({ where: { id: created.id }, data: { status: "PUBLISHED" } });
    await expectCounted("publish");
    await prisma.organization.update({ where: { id: created.id }, data: { deletedAt: new Date() } });
    await expectCounted("soft delete");
    await prisma.organization.update({ where: { id: created.id }, data: { deletedAt: null } });
    await expectCounted("restore");

    await prisma.organizationRegion.create({ data: { organizationId: created.id, regionCode: "620102" } });
    await prisma.organizationMode.create({ data: { organizationId: created.id, modeId: otherMode!.id } });
    await expectCounted("links");
    await prisma.organization.update({ where: { id: created.id }, data: { reviewedAt: new Date() } });
    await expectCounted("verified again");

    // One statement over many organizations: text, trust dates and verification months at once.
    await prisma.$executeRaw`
      UPDATE organization SET
        description_en = CASE WHEN id % 2 = 0 THEN 'Reading corners and counselling.' ELSE description_en END,
        description_zh = CASE WHEN id % 3 = 0 THEN description_zh || '心理健康。' ELSE description_zh END,
        charity_recognised_on = CASE WHEN id % 4 = 0 THEN DATE '2020-05-01' ELSE charity_recognised_on END,
        reviewed_at = CASE WHEN id % 5 = 0 THEN now() - interval '30 months' ELSE reviewed_at END`;
    await expectCounted("bulk update");
    await prisma.organization.updateMany({ where: { id: { lt: created.id } }, data: { status: "DRAFT" } });
    await prisma.organization.updateMany({ where: { id: { lt: created.id } }, data: { status: "PUBLISHED" } });
    await expectCounted("bulk unpublish and publish");

    await prisma.organization.delete({ where: { id: created.id } });
    await expectCounted("delete");
  });
});
