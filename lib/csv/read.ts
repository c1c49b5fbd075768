import { CsvError, parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { unguardCell } from "./guard";

/**
 * Reads an uploaded CSV file's bytes as text: UTF-8 with or without a BOM, or GBK/GB18030 (what Excel on a
 * Chinese Windows saves) when the bytes are not valid UTF-8.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), "gb18030");
  }
}

/** A record of the file; `row` is its number as a spreadsheet shows it (the header is row 1). */
export type CsvRow = { row: number; cells: string[] };
export const csvErrorCodes = ["empty-file", "unclosed-quote", "malformed-quote"] as const;
export type CsvErrorCode = (typeof csvErrorCodes)[number];
export type CsvReadResult =
  { ok: true; header: CsvRow; rows: CsvRow[] } | { ok: false; error: { row: number; code: CsvErrorCode } };

/**
 * The one CSV reader (csv-parse): bytes (see `decodeCsv`) or text, RFC 4180 quoting, CRLF, LF or bare CR line ends.
 * Blank records are skipped but keep their place in the row numbers. A quote that is never closed, or stray text
 * after a closing quote, refuses the whole file with the row where the broken record starts: no row is dropped
 * silently. Cells are un-guarded (see guard.ts) and otherwise returned as written; callers trim.
 */
export function readCsv(input: Uint8Array | string): CsvReadResult {
  const text = (typeof input === "string" ? input : decodeCsv(input)).replace(/^\uFEFF/, "");
  let records: string[][];
  try {
    records = parse(text, {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      record_delimiter: ["\r\n", "\n", "\r"],
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const row = Number((error as unknown as { records?: number }).records ?? 0) + 1;
      return {
        ok: false,
        error: { row, code: error.code === "CSV_QUOTE_NOT_CLOSED" ? "unclosed-quote" : "malformed-quote" },
      };
    }
    throw error;
  }
  const rows = records
    .map((cells, index) => ({ row: index + 1, cells: cells.map(unguardCell) }))
    .filter((r) => r.cells.some((cell) => cell.trim() !== ""));
  const [header, ...rest] = rows;
  if (!header) return { ok: false, error: { row: 1, code: "empty-file" } };
  return { ok: true, header, rows: rest };
}
