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

type Existing = { regionCode: string; indicator: string; year: number; value: number };
type Checked = { rows: FigureRow[]; errors: FigureError[]; existing: Map<string, Existing> };

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
    select: { regionCode: true, indicator: true, year: true, value: true },
  });
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors, existing: new Map(existing.map((f) => [figureKey(f), f])) };
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

/** Who applied a figures file: a staff account, or null for the command line. Recorded in the audit trail. */
export type FiguresImportBy = { staffId: number | null };

/**
 * Applies the file in one transaction, and only if every row is valid: a file with any error changes nothing.
 * An applied file leaves one audit entry (record type "figures", action "import") in the same transaction,
 * with the figures it changed before and after.
 */
export async function applyFiguresImport(
  prisma: PrismaClient,
  input: string | Uint8Array,
  by: FiguresImportBy = { staffId: null },
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
      const done = report(checked, true);
      await tx.auditEntry.create({
        data: {
          recordType: "figures",
          recordId: 0,
          action: "import",
          staffId: by.staffId,
          // The values the file replaced, so an import can be traced and undone by hand.
          before: { figures: [...checked.existing.values()] },
          after: {
            rows: done.rows,
            created: done.created,
            updated: done.updated,
            figures: checked.rows.map(({ regionCode, indicator, year, value }) => ({
              regionCode,
              indicator,
              year,
              value,
            })),
          },
        },
      });
      return done;
    }),
  );
}
