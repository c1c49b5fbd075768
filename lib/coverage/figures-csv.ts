import { z } from "zod";
import { readCsv } from "@/lib/csv/read";
import { FigureIndicator } from "@/lib/generated/prisma/enums";

/**
 * Need-intensity figures as staff upload them: a CSV file (UTF-8, with or
 * without BOM, or GBK) whose header names the columns, in any order:
 *   region_code, indicator, value, year, source_zh, [source_en], [is_sample]
 * Parsing is pure; figures.ts checks regions against the database and writes.
 */

/** The most rows one figures file takes (every region for decades fits); see docs/decisions/026. */
export const MAX_FIGURE_ROWS = 200_000;

export const figureColumns = [
  "region_code",
  "indicator",
  "value",
  "year",
  "source_zh",
  "source_en",
  "is_sample",
] as const;
const requiredColumns = ["region_code", "indicator", "value", "year", "source_zh"] as const;
type FigureColumn = (typeof figureColumns)[number];

export const figureErrorCodes = [
  "empty-file",
  "unclosed-quote",
  "malformed-quote",
  "too-many-rows",
  "missing-column",
  "unknown-column",
  "column-count",
  "region-code",
  "unknown-region",
  "indicator",
  "value",
  "year",
  "source",
  "sample-flag",
  "duplicate",
  "refused-by-database",
  "timed-out",
] as const;
export type FigureErrorCode = (typeof figureErrorCodes)[number];

/** A refusal tied to a row of the file (the header is row 1) and, where it applies, a column. */
export type FigureError = { row: number; column?: string; code: FigureErrorCode; detail?: string };

export type FigureRow = {
  row: number;
  regionCode: string;
  indicator: FigureIndicator;
  value: number;
  year: number;
  sourceZh: string;
  sourceEn: string | null;
  isSample: boolean;
};

export type ParsedFigures = { rows: FigureRow[]; errors: FigureError[] };

const trueWords = new Set(["true", "1", "yes", "y", "是", "样例", "示例"]);
const falseWords = new Set(["false", "0", "no", "n", "否", ""]);

const rowSchema = z.object({
  region_code: z.string().regex(/^\d{6}$/, "region-code"),
  indicator: z.enum(FigureIndicator, "indicator"),
  // Thousands separators are accepted ("1,234,000" in a quoted field).
  value: z.preprocess(
    (v) => String(v).replace(/[,\s]/g, ""),
    z
      .string()
      .regex(/^\d{1,10}$/, "value")
      .transform(Number)
      .pipe(z.number().int().max(2_147_483_647, "value")),
  ),
  year: z.preprocess(
    (v) => String(v),
    z
      .string()
      .regex(/^\d{4}$/, "year")
      .transform(Number)
      .pipe(z.number().min(1949, "year").max(2100, "year")),
  ),
  source_zh: z.string().min(1, "source").max(300, "source"),
  source_en: z.string().max(400, "source"),
  is_sample: z.string().refine((v) => trueWords.has(v.toLowerCase()) || falseWords.has(v.toLowerCase()), "sample-flag"),
});

/** Parses and validates a figures file; every problem is reported with its row number, nothing is dropped silently. */
export function parseFiguresCsv(input: string | Uint8Array): ParsedFigures {
  const read = readCsv(input);
  if (!read.ok) return { rows: [], errors: [read.error] };
  if (read.rows.length > MAX_FIGURE_ROWS)
    return { rows: [], errors: [{ row: 1, code: "too-many-rows", detail: String(MAX_FIGURE_ROWS) }] };
  const header = { fields: read.header.cells, row: read.header.row };
  const nonBlank = read.rows.map((r) => ({ fields: r.cells, row: r.row }));
  const errors: FigureError[] = [];
  const names = header.fields.map((f) => f.trim().toLowerCase());
  for (const name of names)
    if (!(figureColumns as readonly string[]).includes(name))
      errors.push({ row: header.row, column: name, code: "unknown-column" });
  for (const name of requiredColumns)
    if (!names.includes(name)) errors.push({ row: header.row, column: name, code: "missing-column" });
  if (errors.length) return { rows: [], errors };

  const rows: FigureRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { fields, row } of nonBlank) {
    if (fields.length !== names.length) {
      errors.push({ row, code: "column-count", detail: `${fields.length}/${names.length}` });
      continue;
    }
    const raw = Object.fromEntries(figureColumns.map((c) => [c, ""])) as Record<FigureColumn, string>;
    names.forEach((name, i) => (raw[name as FigureColumn] = fields[i]!.trim()));
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ row, column: String(issue.path[0]), code: issue.message as FigureErrorCode });
      continue;
    }
    const data = parsed.data;
    const key = `${data.region_code}|${data.indicator}|${data.year}`;
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      errors.push({ row, code: "duplicate", detail: String(earlier) });
      continue;
    }
    firstRowOf.set(key, row);
    rows.push({
      row,
      regionCode: data.region_code,
      indicator: data.indicator,
      value: data.value,
      year: data.year,
      sourceZh: data.source_zh,
      sourceEn: data.source_en || null,
      isSample: trueWords.has(data.is_sample.toLowerCase()),
    });
  }
  return { rows, errors };
}
