import type { PrismaClient } from "@/lib/generated/prisma/client";
import { withDatabaseErrors } from "@/lib/db/errors";
import { type FigureError, type FigureRow, parseFiguresCsv } from "./figures-csv";

/** What an import would do (dry run) or did (apply). Nothing is written unless every row is valid. */
export type FiguresImportReport = {
  applied: boolean;
  rows: number;
  created: number;
  updated: number;
  errors: FigureError[];
};

type Checked = { rows: FigureRow[]; errors: FigureError[]; existing: Set<string> };

const figureKey = (f: { regionCode: string; indicator: string; year: number }) =>
  `${f.regionCode}|${f.indicator}|${f.year}`;

/** Parses the file and checks it against the database: regions must exist; existing figures are updated, not duplicated. */
async function check(
  prisma: Pick<PrismaClient, "region" | "regionFigure">,
  input: string | Uint8Array,
): Promise<Checked> {
  const { rows, errors } = parseFiguresCsv(input);
  const codes = [...new Set(rows.map((r) => r.regionCode))];
  const known = new Set(
    (await prisma.region.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((r) => r.code),
  );
  for (const row of rows)
    if (!known.has(row.regionCode))
      errors.push({ row: row.row, column: "region_code", code: "unknown-region", detail: row.regionCode });
  const existing = await prisma.regionFigure.findMany({
    where: { OR: rows.map((r) => ({ regionCode: r.regionCode, indicator: r.indicator, year: r.year })) },
    select: { regionCode: true, indicator: true, year: true },
  });
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors, existing: new Set(existing.map(figureKey)) };
}

function report(checked: Checked, applied: boolean): FiguresImportReport {
  const updated = checked.rows.filter((r) => checked.existing.has(figureKey(r))).length;
  return {
    applied,
    rows: checked.rows.length,
    created: checked.rows.length - updated,
    updated,
    errors: checked.errors,
  };
}

/** Dry run: validates the whole file and says what applying it would create and update. */
export async function checkFiguresImport(
  prisma: PrismaClient,
  input: string | Uint8Array,
): Promise<FiguresImportReport> {
  return report(await check(prisma, input), false);
}

/** Applies the file in one transaction, and only if every row is valid: a file with any error changes nothing. */
export async function applyFiguresImport(
  prisma: PrismaClient,
  input: string | Uint8Array,
): Promise<FiguresImportReport> {
  return withDatabaseErrors(() =>
    prisma.$transaction(async (tx) => {
      const checked = await check(tx, input);
      if (checked.errors.length || !checked.rows.length) return report(checked, false);
      for (const { row: _row, regionCode, indicator, year, ...values } of checked.rows) {
        await tx.regionFigure.upsert({
          where: { regionCode_indicator_year: { regionCode, indicator, year } },
          create: { regionCode, indicator, year, ...values },
          update: values,
        });
      }
      return report(checked, true);
    }),
  );
}
