import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
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

/** Distinct public organizations meeting a public need through a public mode, by need, by province and in all, in plain SQL. */
async function plainTotals(database: TestDatabase) {
  const base = Prisma.sql`
    SELECT DISTINCT o.id AS org, n.slug, r.province_code AS province
      FROM organization o
      JOIN organization_mode om ON om.organization_id = o.id
      JOIN intervention_mode m ON m.id = om.mode_id AND m.status = 'PUBLISHED' AND m.deleted_at IS NULL
      JOIN mode_need mn ON mn.mode_id = m.id
      JOIN need n ON n.id = mn.need_id AND n.status = 'PUBLISHED' AND n.deleted_at IS NULL
      JOIN organization_region orr ON orr.organization_id = o.id
      JOIN region r ON r.code = orr.region_code
     WHERE o.status = 'PUBLISHED' AND o.deleted_at IS NULL`;
  type Count = { key: string; n: number };
  const byNeed = await database.prisma.$queryRaw<Count[]>`
    SELECT slug AS key, count(DISTINCT org)::int AS n FROM (${base}) t GROUP BY slug`;
  const byProvince = await database.prisma.$queryRaw<Count[]>`
    SELECT province AS key, count(DISTINCT org)::int AS n FROM (${base}) t GROUP BY province`;
  const [total] = await database.prisma.$queryRaw<
    { n: number }[]
  >`SELECT count(DISTINCT org)::int AS n FROM (${base}) t`;
  const map = (rows: Count[]) => new Map(rows.map((r) => [r.key, r.n]));
  return { byNeed: map(byNeed), byProvince: map(byProvince), total: total!.n };
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

  it("sums each need, each region and the whole view as plain SQL does", async () => {
    const matrix = await loadCoverageMatrix(database.prisma, allProvinces);
    const plain = await plainTotals(database);
    expect(matrix.totalOrganizations).toBe(plain.total);
    expect(matrix.needSummaries).toEqual(
      matrix.needs.map((need, i) => {
        const served = matrix.cells[i]!.filter((c) => c.organizations > 0).length;
        return {
          needSlug: need.slug,
          organizations: plain.byNeed.get(need.slug) ?? 0,
          regionsServed: served,
          regionsEmpty: matrix.columns.length - served,
        };
      }),
    );
    expect(matrix.needSummaries.some((n) => n.regionsServed > 0 && n.regionsEmpty > 0)).toBe(true);
    expect(matrix.regionSummaries).toEqual(
      matrix.columns.map((column, j) => {
        const needsMet = matrix.cells.filter((row) => row[j]!.organizations > 0).length;
        return {
          regionCode: column.code,
          organizations: plain.byProvince.get(column.code) ?? 0,
          needsMet,
          gaps: matrix.needs.length - needsMet,
          per10k: null,
        };
      }),
    );
    expect(matrix.regionSummaries.some((r) => r.needsMet > 0 && r.gaps > 0)).toBe(true);
    expect(matrix.columns.map((c) => c.code)).toEqual(matrix.columns.map((c) => c.code).sort());
    expect(matrix.columns.every((c) => c.drillable && c.figure === null)).toBe(true);
    expect(matrix.allNeeds.map((n) => n.slug)).toEqual(matrix.needs.map((n) => n.slug));
    expect(matrix).toMatchObject({ scope: null, ancestors: [], unknownRegion: null });
    const empty = matrix.cells.flat().filter((c) => c.organizations === 0);
    expect(empty.length).toBeGreaterThan(0);
    for (const c of empty) expect(c).toMatchObject({ modes: [], newestReview: null, oldestReview: null, per10k: null });
  });

  it("orders the columns by fewest organizations or most gaps, ties by region code", async () => {
    const byCode = await loadCoverageMatrix(database.prisma, allProvinces);
    const summaries = new Map(byCode.regionSummaries.map((r) => [r.regionCode, r]));
    const codes = byCode.columns.map((c) => c.code);
    const fewest = await loadCoverageMatrix(database.prisma, parseCoverageQuery({ sort: "fewest" }));
    const expectedFewest = [...codes].sort(
      (a, b) => summaries.get(a)!.organizations - summaries.get(b)!.organizations || a.localeCompare(b),
    );
    expect(fewest.columns.map((c) => c.code)).toEqual(expectedFewest);
    expect(expectedFewest).not.toEqual(codes);
    expect(fewest.regionSummaries.map((r) => r.regionCode)).toEqual(expectedFewest);
    // Cells move with their columns.
    fewest.cells.forEach((row) => expect(row.map((c) => c.regionCode)).toEqual(expectedFewest));
    const gaps = await loadCoverageMatrix(database.prisma, parseCoverageQuery({ sort: "gaps" }));
    const expectedGaps = [...codes].sort(
      (a, b) => summaries.get(b)!.gaps - summaries.get(a)!.gaps || a.localeCompare(b),
    );
    expect(gaps.columns.map((c) => c.code)).toEqual(expectedGaps);
    expect(expectedGaps).not.toEqual(codes);
  });

  it("lists a cell's modes by organizations, most first, then in mode order", async () => {
    const matrix = await loadCoverageMatrix(database.prisma, allProvinces);
    const modeOrder = (
      await database.prisma.interventionMode.findMany({
        where: { status: "PUBLISHED", deletedAt: null },
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: { slug: true },
      })
    ).map((m) => m.slug);
    const served = matrix.cells.flat().filter((c) => c.modes.length > 1);
    expect(served.length).toBeGreaterThan(0);
    for (const c of served)
      expect(c.modes).toEqual(
        [...c.modes].sort(
          (a, b) => b.organizations - a.organizations || modeOrder.indexOf(a.slug) - modeOrder.indexOf(b.slug),
        ),
      );
    expect(served.some((c) => c.modes[0]!.organizations > c.modes.at(-1)!.organizations)).toBe(true);
    expect(served.some((c) => c.modes[0]!.organizations === c.modes[1]!.organizations)).toBe(true);
  });

  it("names each need's public policies, by year (undated last), then slug", async () => {
    const matrix = await loadCoverageMatrix(database.prisma, allProvinces);
    for (const need of matrix.needs) {
      const policies = await database.prisma.$queryRaw<
        { slug: string; titleZh: string; titleEn: string | null; year: number | null }[]
      >`
        SELECT p.slug, p.title_zh AS "titleZh", p.title_en AS "titleEn", p.year
          FROM policy p JOIN policy_need pn ON pn.policy_id = p.id JOIN need n ON n.id = pn.need_id
         WHERE n.slug = ${need.slug} AND p.status = 'PUBLISHED' AND p.deleted_at IS NULL
         ORDER BY p.year NULLS LAST, p.slug`;
      expect(need.policies).toEqual(policies);
    }
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

  it("drills into a county as one column, with the province and city above it, and gives the latest children figure", async () => {
    const figure = { indicator: "LEFT_BEHIND_CHILDREN" as const, sourceZh: "县测试", isSample: true };
    await database.prisma.regionFigure.createMany({
      data: [
        { ...figure, regionCode: "510104", year: 2019, value: 400 },
        { ...figure, regionCode: "510104", year: 2021, value: 800, sourceEn: "county test" },
      ],
    });
    try {
      const county = await loadCoverageMatrix(database.prisma, parseCoverageQuery({ region: "510104" }));
      expect(county.scope).toEqual({ code: "510104", nameZh: "锦江区", nameEn: expect.any(String), level: "COUNTY" });
      expect(county.unknownRegion).toBeNull();
      expect(county.ancestors.map((a) => [a.code, a.level])).toEqual([
        ["510000", "PROVINCE"],
        ["510100", "CITY"],
        ["510104", "COUNTY"],
      ]);
      expect(county.columns).toEqual([
        expect.objectContaining({
          code: "510104",
          drillable: false,
          figure: { value: 800, year: 2021, sourceZh: "县测试", sourceEn: "county test", isSample: true },
        }),
      ]);
      const city = await loadCoverageMatrix(database.prisma, parseCoverageQuery({ region: "510100" }));
      expect(city.columns.every((c) => c.level === "COUNTY" && !c.drillable)).toBe(true);
      expect(city.regionSummaries.find((r) => r.regionCode === "510104")?.per10k).toBe(
        ((city.regionSummaries.find((r) => r.regionCode === "510104")?.organizations ?? 0) / 800) * 10_000,
      );
    } finally {
      await database.prisma.regionFigure.deleteMany({ where: { sourceZh: "县测试" } });
    }
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
      // Two regions' cells are more than the ten the list shows.
      expect(matrix.needs.length * 2).toBeGreaterThan(10);
      expect(matrix.underserved).toHaveLength(10);
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
