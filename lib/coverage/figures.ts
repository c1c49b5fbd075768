import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { DataIntegrityError, isTimeout, withDatabaseErrors } from "@/lib/db/errors";
import { type FigureError, type FigureRow, parseFiguresCsv } from "./figures-csv";

/** What an import would do (dry run) or did (apply). Nothing is written unless every row is valid. */
export type FiguresImportReport = {
  applied: boolean;
  rows: number;
  created: number;
  updated: number;
  errors: FigureError[];
};

/** Rows per INSERT ... ON CONFLICT statement (8 parameters each, far under PostgreSQL's 65,535). */
const FIGURE_BATCH_ROWS = 2_000;
/** The apply transaction's limit (see docs/decisions/026). */
const FIGURES_TRANSACTION_TIMEOUT_MS = 120_000;

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
  // Every stored key in one read: an OR over the file's rows exceeds the bind-parameter limit on large files.
  const existing = await prisma.regionFigure.findMany({
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
 * with the figures it changed before and after. A write the database refuses, or one that outlives `timeoutMs`,
 * changes nothing and comes back as an error on the file's first row.
 */
export async function applyFiguresImport(
  prisma: PrismaClient,
  input: string | Uint8Array,
  by: FiguresImportBy = { staffId: null },
  timeoutMs = FIGURES_TRANSACTION_TIMEOUT_MS,
): Promise<FiguresImportReport> {
  try {
    return await writeFigures(prisma, input, by, timeoutMs);
  } catch (error) {
    const code = error instanceof DataIntegrityError ? "refused-by-database" : isTimeout(error) ? "timed-out" : null;
    if (!code) throw error;
    return { applied: false, rows: 0, created: 0, updated: 0, errors: [{ row: 1, code }] };
  }
}

function writeFigures(prisma: PrismaClient, input: string | Uint8Array, by: FiguresImportBy, timeoutMs: number) {
  return withDatabaseErrors(() =>
    prisma.$transaction(
      async (tx) => {
        const checked = await check(tx, input);
        if (checked.errors.length || !checked.rows.length) return report(checked, false);
        for (let i = 0; i < checked.rows.length; i += FIGURE_BATCH_ROWS) {
          const values = checked.rows
            .slice(i, i + FIGURE_BATCH_ROWS)
            .map(
              (r) =>
                Prisma.sql`(${r.regionCode}, ${r.indicator}::"FigureIndicator", ${r.value}, ${r.year}, ${r.sourceZh}, ${r.sourceEn}, ${r.isSample}, now())`,
            );
          await tx.$executeRaw`
          INSERT INTO region_figure (region_code, indicator, value, year, source_zh, source_en, is_sample, updated_at)
          VALUES ${Prisma.join(values)}
          ON CONFLICT (region_code, indicator, year) DO UPDATE SET
            value = EXCLUDED.value, source_zh = EXCLUDED.source_zh, source_en = EXCLUDED.source_en,
            is_sample = EXCLUDED.is_sample, updated_at = now()`;
        }
        const done = report(checked, true);
        await tx.auditEntry.create({
          data: {
            recordType: "figures",
            recordId: 0,
            action: "import",
            staffId: by.staffId,
            // The values the file replaced, so an import can be traced and undone by hand.
            before: { figures: checked.rows.flatMap((r) => checked.existing.get(figureKey(r)) ?? []) },
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
      },
      { timeout: timeoutMs, maxWait: 10_000 },
    ),
  );
}
