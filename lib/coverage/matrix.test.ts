import { describe, expect, it } from "vitest";
import type { TestDatabase } from "@/lib/db/test-database";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { coverageCsv } from "./csv";
import { type CoverageMatrix, loadCoverageMatrix } from "./matrix";
import { parseCoverageQuery } from "./params";

/** Cell counts written as plainly as possible, independent of the matrix's query: "need|province" → organizations. */
async function plainProvinceCounts(database: TestDatabase): Promise<Map<string, number>> {
  const rows = await database.prisma.$queryRaw<{ slug: string; province: string; organizations: number }[]>`
    SELECT n.slug, r.province_code AS province, count(DISTINCT o.id)::int AS organizations
      FROM organization o
      JOIN organization_mode om ON om.organization_id = o.id
      JOIN intervention_mode m ON m.id = om.mode_id
      JOIN mode_need mn ON mn.mode_id = m.id
      JOIN need n ON n.id = mn.need_id
      JOIN organization_region orr ON orr.organization_id = o.id
      JOIN region r ON r.code = orr.region_code
     WHERE o.status = 'PUBLISHED' AND o.deleted_at IS NULL
       AND m.status = 'PUBLISHED' AND m.deleted_at IS NULL
       AND n.status = 'PUBLISHED' AND n.deleted_at IS NULL
     GROUP BY n.slug, r.province_code`;
  return new Map(rows.map((r) => [`${r.slug}|${r.province}`, r.organizations]));
}

function matrixCounts(matrix: CoverageMatrix): Map<string, number> {
  return new Map(
    matrix.cells
      .flat()
      .filter((c) => c.organizations > 0)
      .map((c) => [`${c.needSlug}|${c.regionCode}`, c.organizations]),
  );
}

function cell(matrix: CoverageMatrix, need: string, region: string) {
  const found = matrix.cells.flat().find((c) => c.needSlug === need && c.regionCode === region);
  if (!found) throw new Error(`no cell ${need} × ${region}`);
  return found;
}

const allProvinces = parseCoverageQuery({});

describe("coverage matrix", () => {
  const database = setupTestDatabase();

  it("has one row per published need and one column per province", async () => {
    const matrix = await loadCoverageMatrix(database.prisma, allProvinces);
    const needs = await database.prisma.need.count({ where: { status: "PUBLISHED", deletedAt: null } });
    expect(matrix.needs).toHaveLength(needs);
    expect(matrix.columns).toHaveLength(await database.prisma.region.count({ where: { level: "PROVINCE" } }));
    expect(matrix.columnLevel).toBe("PROVINCE");
    expect(matrix.cells.every((row) => row.length === matrix.columns.length)).toBe(true);
  });

  it("counts on the demo data equal those computed by plain SQL", async () => {
    const matrix = await loadCoverageMatrix(database.prisma, allProvinces);
    const expected = await plainProvinceCounts(database);
    expect(expected.size).toBeGreaterThan(10);
    expect(matrixCounts(matrix)).toEqual(expected);
    expect(matrix.gapCount).toBe(matrix.needs.length * matrix.columns.length - expected.size);
  });

  it("gives each cell its modes with counts and its review dates", async () => {
    // Sample records carry no review date; give them staff reviews on different days.
    await database.prisma.$executeRaw`UPDATE organization SET reviewed_at = now() - make_interval(days => id * 7)`;
    const matrix = await loadCoverageMatrix(database.prisma, allProvinces);
    const served = matrix.cells.flat().filter((c) => c.organizations > 0);
    for (const c of served) {
      expect(c.modes.length).toBeGreaterThan(0);
      // A mode count never exceeds the cell's distinct organizations; together they cover every one.
      expect(Math.max(...c.modes.map((m) => m.organizations))).toBeLessThanOrEqual(c.organizations);
      expect(c.modes.reduce((sum, m) => sum + m.organizations, 0)).toBeGreaterThanOrEqual(c.organizations);
      expect(c.newestReview! >= c.oldestReview!).toBe(true);
    }
    const [row] = await database.prisma.$queryRaw<{ newest: Date; oldest: Date }[]>`
      SELECT max(o.reviewed_at) AS newest, min(o.reviewed_at) AS oldest
        FROM organization o JOIN organization_region orr ON orr.organization_id = o.id JOIN region r ON r.code = orr.region_code
       WHERE r.province_code = '510000' AND o.status = 'PUBLISHED' AND o.deleted_at IS NULL
         AND EXISTS (SELECT 1 FROM organization_mode om JOIN mode_need mn ON mn.mode_id = om.mode_id JOIN need n ON n.id = mn.need_id
                      WHERE om.organization_id = o.id AND n.slug = 'psychological-emotional')`;
    const sichuan = cell(matrix, "psychological-emotional", "510000");
    expect(sichuan.newestReview).toBe(row!.newest.toISOString());
    expect(sichuan.oldestReview).toBe(row!.oldest.toISOString());
  });

  it("classes every cell by policy cover and local organizations", async () => {
    const matrix = await loadCoverageMatrix(database.prisma, allProvinces);
    const covered = new Set(
      (
        await database.prisma.need.findMany({
          where: { policies: { some: { policy: { status: "PUBLISHED", deletedAt: null } } } },
          select: { slug: true },
        })
      ).map((n) => n.slug),
    );
    expect(covered.size).toBeGreaterThan(0);
    expect(covered.size).toBeLessThan(matrix.needs.length);
    const seen = new Set<string>();
    for (const c of matrix.cells.flat()) {
      const expected = covered.has(c.needSlug)
        ? c.organizations > 0
          ? "policy-and-organizations"
          : "policy-no-organization"
        : c.organizations > 0
          ? "organizations-no-policy"
          : "neither";
      expect(c.coverageClass).toBe(expected);
      seen.add(c.coverageClass);
    }
    expect(seen.size).toBe(4);
  });

  it("drills down: a province's cell equals the need total inside it, and its cities' cells add up around it", async () => {
    const national = await loadCoverageMatrix(database.prisma, allProvinces);
    const sichuan = await loadCoverageMatrix(database.prisma, parseCoverageQuery({ region: "510000" }));
    expect(sichuan.scope?.nameZh).toBe("四川省");
    expect(sichuan.columnLevel).toBe("CITY");
    expect(sichuan.columns.every((c) => c.code.startsWith("51") && c.level === "CITY")).toBe(true);
    sichuan.needs.forEach((need, i) => {
      const provinceCount = cell(national, need.slug, "510000").organizations;
      expect(sichuan.needSummaries[i]!.organizations).toBe(provinceCount);
      const cityCounts = sichuan.cells[i]!.map((c) => c.organizations);
      expect(Math.max(0, ...cityCounts)).toBeLessThanOrEqual(provinceCount);
      expect(cityCounts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(provinceCount);
    });

    const servedCity = sichuan.columns.find((_, j) => sichuan.regionSummaries[j]!.organizations > 0)!;
    const city = await loadCoverageMatrix(database.prisma, parseCoverageQuery({ region: servedCity.code }));
    expect(city.columnLevel).toBe("COUNTY");
    expect(city.ancestors.map((a) => a.code)).toEqual(["510000", servedCity.code]);
    city.needs.forEach((need, i) => {
      expect(city.needSummaries[i]!.organizations).toBe(cell(sichuan, need.slug, servedCity.code).organizations);
    });
  });

  it("exports one CSV line per cell, with a BOM, linking to the results page", async () => {
    const matrix = await loadCoverageMatrix(database.prisma, parseCoverageQuery({ region: "520000" }));
    const csv = coverageCsv(matrix, "en", "https://example.org");
    expect(csv.startsWith("\uFEFFneed_slug,")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + matrix.needs.length * matrix.columns.length);
    const served = matrix.cells.flat().find((c) => c.organizations > 0)!;
    expect(lines).toContainEqual(expect.stringContaining(`,${served.regionCode},`));
    expect(csv).toContain(`https://example.org/en/organizations?need=${served.needSlug}&region=${served.regionCode}`);
  });

  it("falls back to all provinces for an unknown region code and keeps the need filter", async () => {
    const matrix = await loadCoverageMatrix(
      database.prisma,
      parseCoverageQuery({ region: "999999", need: "nutrition-health,not-a-need" }),
    );
    expect(matrix.unknownRegion).toBe("999999");
    expect(matrix.columnLevel).toBe("PROVINCE");
    expect(matrix.needs.map((n) => n.slug)).toEqual(["nutrition-health"]);
  });

  it("ranks nothing without children figures (never by region code), and counts the gaps it cannot rank", async () => {
    const matrix = await loadCoverageMatrix(database.prisma, allProvinces);
    expect(matrix.underserved).toEqual([]);
    const empty = matrix.cells.flat().filter((c) => c.organizations === 0);
    expect(matrix.unrankedGaps.neither + matrix.unrankedGaps.policyOnly).toBe(empty.length);
    expect(matrix.unrankedGaps.neither).toBe(empty.filter((c) => c.coverageClass === "neither").length);
  });

  it("ranks the cells of regions with a children figure, empty cells without policy cover first", async () => {
    const figure = { indicator: "LEFT_BEHIND_CHILDREN" as const, year: 2020, sourceZh: "测试" };
    await database.prisma.regionFigure.createMany({
      data: [
        { ...figure, regionCode: "110000", value: 1000 },
        { ...figure, regionCode: "510000", value: 500_000 },
      ],
    });
    try {
      const matrix = await loadCoverageMatrix(database.prisma, allProvinces);
      expect(matrix.underserved.length).toBeGreaterThan(0);
      for (const cell of matrix.underserved) expect(["110000", "510000"]).toContain(cell.regionCode);
      expect(matrix.underserved[0]!.organizations).toBe(0);
      const served = matrix.underserved.filter((c) => c.organizations > 0);
      for (let i = 1; i < served.length; i++) expect(served[i]!.per10k!).toBeGreaterThanOrEqual(served[i - 1]!.per10k!);
    } finally {
      await database.prisma.regionFigure.deleteMany({ where: { sourceZh: "测试" } });
    }
  });

  it("computes the matrix in a bounded number of queries, whatever the view", async () => {
    for (const query of [
      allProvinces,
      parseCoverageQuery({ region: "510000" }),
      parseCoverageQuery({ region: "511300" }),
    ]) {
      const before = database.queryCount();
      await loadCoverageMatrix(database.prisma, query);
      expect(database.queryCount() - before).toBeLessThanOrEqual(5);
    }
  });

  describe("after edits", () => {
    it("unpublishing an organization removes it from its cells", async () => {
      const before = await loadCoverageMatrix(database.prisma, allProvinces);
      const org = await database.prisma.organization.findFirstOrThrow({
        where: { status: "PUBLISHED", regions: { some: { region: { provinceCode: "510000" } } } },
        include: { modes: { include: { mode: { include: { needs: { include: { need: true } } } } } } },
      });
      await database.prisma.organization.update({ where: { id: org.id }, data: { status: "DRAFT" } });
      const after = await loadCoverageMatrix(database.prisma, allProvinces);
      expect(matrixCounts(after)).toEqual(await plainProvinceCounts(database));
      const needSlug = org.modes[0]!.mode.needs[0]!.need.slug;
      expect(cell(after, needSlug, "510000").organizations).toBe(cell(before, needSlug, "510000").organizations - 1);
    });

    it("deleting a mode link drops the needs that only that mode met", async () => {
      const before = await loadCoverageMatrix(database.prisma, allProvinces);
      const link = await database.prisma.organizationMode.findFirstOrThrow({
        where: { organization: { status: "PUBLISHED" } },
        orderBy: [{ organizationId: "asc" }, { modeId: "asc" }],
        select: { organizationId: true, modeId: true },
      });
      await database.prisma.organizationMode.delete({ where: { organizationId_modeId: link } });
      const after = await loadCoverageMatrix(database.prisma, allProvinces);
      expect(matrixCounts(after)).toEqual(await plainProvinceCounts(database));
      const total = (m: CoverageMatrix) => m.cells.flat().reduce((sum, c) => sum + c.organizations, 0);
      expect(total(after)).toBeLessThan(total(before));
    });

    it("an organization added in a county of a province with none shows in its province, city and county", async () => {
      const emptyProvince = (await loadCoverageMatrix(database.prisma, allProvinces)).regionSummaries.find(
        (r) => r.organizations === 0,
      )!.regionCode;
      const county = await database.prisma.region.findFirstOrThrow({
        where: { provinceCode: emptyProvince, level: "COUNTY" },
        orderBy: { code: "asc" },
      });
      const mode = await database.prisma.interventionMode.findFirstOrThrow({
        where: { slug: "free-school-lunch" },
        include: { needs: { include: { need: true } } },
      });
      await database.prisma.organization.create({
        data: {
          slug: "sample-coverage-test-org",
          nameZh: "示例·覆盖测试机构",
          type: "GRASSROOTS_NGO",
          descriptionZh: "示例数据：测试用。",
          status: "PUBLISHED",
          isSample: true,
          reviewedAt: new Date(),
          regions: { create: { regionCode: county.code } },
          modes: { create: { modeId: mode.id } },
        },
      });
      const national = await loadCoverageMatrix(database.prisma, allProvinces);
      expect(matrixCounts(national)).toEqual(await plainProvinceCounts(database));
      const needSlug = mode.needs[0]!.need.slug;
      expect(cell(national, needSlug, emptyProvince).organizations).toBe(1);
      const cityView = await loadCoverageMatrix(database.prisma, parseCoverageQuery({ region: county.cityCode! }));
      expect(cell(cityView, needSlug, county.code).organizations).toBe(1);
      const countyView = await loadCoverageMatrix(database.prisma, parseCoverageQuery({ region: county.code }));
      expect(countyView.columns.map((c) => c.code)).toEqual([county.code]);
      expect(cell(countyView, needSlug, county.code).organizations).toBe(1);
    });
  });
});
