import { stringify } from "csv-stringify/sync";
import { guardCell } from "./guard";

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark, so that Excel opens Chinese text correctly. Cells holding a comma,
 * a quote, a line feed or a bare carriage return are quoted; formula characters are defused (see guard.ts), and
 * `readCsv` undoes that, so a file this writes imports back unchanged.
 */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  const cells = rows.map((row) =>
    row.map((value) => (value === null || value === undefined ? "" : guardCell(String(value)))),
  );
  return `\uFEFF${stringify(cells, { record_delimiter: "\r\n", quoted_match: /[\r\n]/, eof: true })}`;
}
