import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { parseFiguresCsv } from "./figures-csv";
import { applyFiguresImport, checkFiguresImport } from "./figures";
import { loadCoverageMatrix } from "./matrix";
import { parseCoverageQuery } from "./params";

const header = "region_code,indicator,value,year,source_zh,source_en,is_sample";

describe("figures CSV parser", () => {
  it("reads good rows, with or without a BOM, quoted fields and CRLF line ends", () => {
    const text = `${header}\r\n510000,LEFT_BEHIND_CHILDREN,"1,200,000",2020,"示例来源，含逗号",Sample source,true\r\n520000,LEFT_BEHIND_CHILDREN,800000,2021,示例来源,,否\r\n`;
    for (const input of [text, `\uFEFF${text}`]) {
      const { rows, errors } = parseFiguresCsv(input);
      expect(errors).toEqual([]);
      expect(rows).toEqual([
        {
          row: 2,
          regionCode: "510000",
          indicator: "LEFT_BEHIND_CHILDREN",
          value: 1_200_000,
          year: 2020,
          sourceZh: "示例来源，含逗号",
          sourceEn: "Sample source",
          isSample: true,
        },
        {
          row: 3,
          regionCode: "520000",
          indicator: "LEFT_BEHIND_CHILDREN",
          value: 800_000,
          year: 2021,
          sourceZh: "示例来源",
          sourceEn: null,
          isSample: false,
        },
      ]);
    }
  });

  it("accepts the columns in any order and without the optional ones", () => {
    const { rows, errors } = parseFiguresCsv(
      "year,value,indicator,region_code,source_zh\n2020,5,LEFT_BEHIND_CHILDREN,510000,来源\n",
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ regionCode: "510000", value: 5, year: 2020, isSample: false, sourceEn: null });
  });

  it("reports every bad row with its row number and column", () => {
    const text = [
      header,
      "51000,LEFT_BEHIND_CHILDREN,10,2020,来源,,",
      "510000,ORPHANS,10,2020,来源,,",
      "510000,LEFT_BEHIND_CHILDREN,-3,1800,,,maybe",
      "510000,LEFT_BEHIND_CHILDREN,10",
      "510000,LEFT_BEHIND_CHILDREN,10,2020,来源,,",
    ].join("\n");
    const { rows, errors } = parseFiguresCsv(text);
    expect(rows.map((r) => r.row)).toEqual([6]);
    expect(errors).toEqual([
      { row: 2, column: "region_code", code: "region-code" },
      { row: 3, column: "indicator", code: "indicator" },
      { row: 4, column: "value", code: "value" },
      { row: 4, column: "year", code: "year" },
      { row: 4, column: "source_zh", code: "source" },
      { row: 4, column: "is_sample", code: "sample-flag" },
      { row: 5, code: "column-count", detail: "3/7" },
    ]);
  });

  it("refuses a second row for the same region, indicator and year, naming the first", () => {
    const { errors } = parseFiguresCsv(
      `${header}\n510000,LEFT_BEHIND_CHILDREN,10,2020,来源,,\n510000,LEFT_BEHIND_CHILDREN,12,2020,来源,,\n`,
    );
    expect(errors).toEqual([{ row: 3, code: "duplicate", detail: "2" }]);
  });

  it("refuses a missing required column, an unknown column and an empty file", () => {
    expect(parseFiguresCsv("region_code,indicator,value,year,colour\n").errors).toEqual([
      { row: 1, column: "colour", code: "unknown-column" },
      { row: 1, column: "source_zh", code: "missing-column" },
    ]);
    expect(parseFiguresCsv("\uFEFF\n\n").errors).toEqual([{ row: 1, code: "empty-file" }]);
  });
});

describe("figures import", () => {
  const database = setupTestDatabase();

  const good = `${header}\n510000,LEFT_BEHIND_CHILDREN,1000000,2020,示例来源,Sample source,true\n520000,LEFT_BEHIND_CHILDREN,500000,2020,示例来源,Sample source,true\n`;

  it("a dry run reports what would change and writes nothing", async () => {
    const report = await checkFiguresImport(database.prisma, good);
    expect(report).toEqual({ applied: false, rows: 2, created: 2, updated: 0, errors: [] });
    expect(await database.prisma.regionFigure.count()).toBe(0);
  });

  it("a file with an unknown region changes nothing at all", async () => {
    const report = await applyFiguresImport(database.prisma, `${good}990000,LEFT_BEHIND_CHILDREN,5,2020,来源,,\n`);
    expect(report.applied).toBe(false);
    expect(report.errors).toEqual([{ row: 4, column: "region_code", code: "unknown-region", detail: "990000" }]);
    expect(await database.prisma.regionFigure.count()).toBe(0);
  });

  it("a file with one valid row and one out-of-range year changes nothing at all", async () => {
    const report = await applyFiguresImport(database.prisma, `${good}530000,LEFT_BEHIND_CHILDREN,5,1800,来源,,\n`);
    expect(report).toMatchObject({ applied: false, errors: [{ row: 4, column: "year", code: "year" }] });
    expect(await database.prisma.regionFigure.count()).toBe(0);
  });

  it("reports the file's errors and unknown regions together, in row order", async () => {
    const report = await checkFiguresImport(
      database.prisma,
      `${header}\n990000,LEFT_BEHIND_CHILDREN,5,2020,来源,,\n510000,LEFT_BEHIND_CHILDREN,5,1800,来源,,\n`,
    );
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([
      [2, "unknown-region"],
      [3, "year"],
    ]);
  });

  it("a file with a header and no rows applies nothing and leaves no audit entry", async () => {
    const audits = await database.prisma.auditEntry.count({ where: { recordType: "figures" } });
    expect(await applyFiguresImport(database.prisma, `${header}\n`)).toEqual({
      applied: false,
      rows: 0,
      created: 0,
      updated: 0,
      errors: [],
    });
    expect(await database.prisma.auditEntry.count({ where: { recordType: "figures" } })).toBe(audits);
  });

  it("lets an error that is not the file's or the database's through, instead of blaming row 1", async () => {
    await expect(applyFiguresImport(database.prisma, 42 as unknown as string)).rejects.toThrow(TypeError);
  });

  it("an apply that outlives its time limit reports an error on row 1 and changes nothing", async () => {
    const before = await database.prisma.regionFigure.count();
    const report = await applyFiguresImport(database.prisma, good, { staffId: null }, 1);
    expect(report).toEqual({
      applied: false,
      rows: 0,
      created: 0,
      updated: 0,
      errors: [{ row: 1, code: "timed-out" }],
    });
    expect(await database.prisma.regionFigure.count()).toBe(before);
  });

  it("a file with an unclosed quote is refused whole, naming the row where the quote opens", async () => {
    const broken = `${header}\n510000,LEFT_BEHIND_CHILDREN,1000000,2020,"示例来源,,\n520000,LEFT_BEHIND_CHILDREN,5,2020,来源,,\n`;
    const report = await applyFiguresImport(database.prisma, broken);
    expect(report).toEqual({
      applied: false,
      rows: 0,
      created: 0,
      updated: 0,
      errors: [{ row: 2, code: "unclosed-quote" }],
    });
    expect(await database.prisma.regionFigure.count()).toBe(0);
  });

  it("applies a valid file, then updates the same figures instead of duplicating them", async () => {
    expect(await applyFiguresImport(database.prisma, good)).toEqual({
      applied: true,
      rows: 2,
      created: 2,
      updated: 0,
      errors: [],
    });
    const again = await applyFiguresImport(database.prisma, good.replace("1000000", "1100000"));
    expect(again).toEqual({ applied: true, rows: 2, created: 0, updated: 2, errors: [] });
    expect(await database.prisma.regionFigure.count()).toBe(2);
    expect((await database.prisma.regionFigure.findFirstOrThrow({ where: { regionCode: "510000" } })).value).toBe(
      1_100_000,
    );
  });

  it("leaves one audit entry per applied file, with who applied it and the values before and after", async () => {
    const staff = await database.prisma.staffUser.findFirst({ select: { id: true } });
    const before = await database.prisma.auditEntry.count({ where: { recordType: "figures" } });
    const refused = await applyFiguresImport(database.prisma, `${good}990000,LEFT_BEHIND_CHILDREN,5,2020,来源,,\n`);
    expect(refused.applied).toBe(false);
    expect(await database.prisma.auditEntry.count({ where: { recordType: "figures" } })).toBe(before);

    const changed = good.replace("500000", "600000").replace("1000000", "1100000");
    await applyFiguresImport(database.prisma, changed, { staffId: staff?.id ?? null });
    const entry = await database.prisma.auditEntry.findFirstOrThrow({
      where: { recordType: "figures", action: "import" },
      orderBy: { id: "desc" },
    });
    expect(await database.prisma.auditEntry.count({ where: { recordType: "figures" } })).toBe(before + 1);
    expect(entry.staffId).toBe(staff?.id ?? null);
    expect(entry.before).toMatchObject({
      figures: expect.arrayContaining([expect.objectContaining({ regionCode: "520000", value: 500_000 })]),
    });
    expect(entry.after).toMatchObject({
      rows: 2,
      created: 0,
      updated: 2,
      figures: expect.arrayContaining([expect.objectContaining({ regionCode: "520000", value: 600_000 })]),
    });
  });

  it("counts a new figure beside stored ones as created, and audits only the values it replaced", async () => {
    const stored = await database.prisma.regionFigure.upsert({
      where: { regionCode_indicator_year: { regionCode: "520000", indicator: "LEFT_BEHIND_CHILDREN", year: 2020 } },
      create: {
        regionCode: "520000",
        indicator: "LEFT_BEHIND_CHILDREN",
        year: 2020,
        value: 500_000,
        sourceZh: "示例来源",
      },
      update: {},
      select: { regionCode: true, indicator: true, year: true, value: true },
    });
    const file = `${header}\n530000,LEFT_BEHIND_CHILDREN,300000,2020,示例来源,,true\n520000,LEFT_BEHIND_CHILDREN,700000,2020,示例来源,,true\n`;
    expect(await checkFiguresImport(database.prisma, file)).toMatchObject({ created: 1, updated: 1 });
    expect(await applyFiguresImport(database.prisma, file)).toMatchObject({ applied: true, created: 1, updated: 1 });
    const entry = await database.prisma.auditEntry.findFirstOrThrow({
      where: { recordType: "figures", action: "import" },
      orderBy: { id: "desc" },
    });
    expect(entry.before).toEqual({ figures: [stored] });
    await database.prisma.regionFigure.deleteMany({ where: { regionCode: "530000" } });
  });

  it("applies a file of exactly one batch of rows (2,000)", async () => {
    const counties = await database.prisma.region.findMany({
      where: { level: "COUNTY" },
      orderBy: { code: "asc" },
      take: 2_000,
      select: { code: true },
    });
    expect(counties).toHaveLength(2_000);
    const file = `${header}\n${counties.map((c) => `${c.code},LEFT_BEHIND_CHILDREN,100,2019,示例来源,,true`).join("\n")}\n`;
    expect(await applyFiguresImport(database.prisma, file)).toMatchObject({
      applied: true,
      rows: 2_000,
      created: 2_000,
    });
    expect(await database.prisma.regionFigure.count({ where: { year: 2019 } })).toBe(2_000);
    await database.prisma.regionFigure.deleteMany({ where: { year: 2019 } });
  });

  it("a write the database refuses changes nothing and is reported on row 1", async () => {
    // A rule only the database knows stands for any refusal the file's checks did not foresee.
    await database.prisma
      .$executeRaw`ALTER TABLE region_figure ADD CONSTRAINT figures_test_refusal CHECK (source_zh <> '拒收')`;
    try {
      const before = await database.prisma.regionFigure.count();
      const file = `${header}\n540000,LEFT_BEHIND_CHILDREN,5,2020,来源,,\n530000,LEFT_BEHIND_CHILDREN,5,2020,拒收,,\n`;
      expect(await applyFiguresImport(database.prisma, file)).toEqual({
        applied: false,
        rows: 0,
        created: 0,
        updated: 0,
        errors: [{ row: 1, code: "refused-by-database" }],
      });
      expect(await database.prisma.regionFigure.count()).toBe(before);
    } finally {
      await database.prisma.$executeRaw`ALTER TABLE region_figure DROP CONSTRAINT figures_test_refusal`;
    }
  });

  it("shows imported figures in the matrix as organizations per 10,000 children, and sorts by it", async () => {
    const matrix = await loadCoverageMatrix(database.prisma, parseCoverageQuery({ sort: "per10k" }));
    const sichuan = matrix.columns.findIndex((c) => c.code === "510000");
    expect(matrix.columns[sichuan]!.figure).toMatchObject({ value: 1_100_000, year: 2020, isSample: true });
    matrix.cells.forEach((row) =>
      expect(row[sichuan]!.per10k).toBeCloseTo((row[sichuan]!.organizations / 1_100_000) * 10_000),
    );
    // The regions with a figure come first, lowest density first.
    const known = matrix.regionSummaries.filter((r) => r.per10k !== null);
    expect(matrix.regionSummaries.slice(0, 2)).toEqual(known);
    expect(known[0]!.per10k!).toBeLessThanOrEqual(known[1]!.per10k!);
  });
});
