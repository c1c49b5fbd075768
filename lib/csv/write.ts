import { stringify } from "csv-stringify/sync";
import { guardCell } from "./guard";

export type CsvOptions = {
  /** Start with a UTF-8 byte-order mark (so that Excel opens Chinese text correctly). Default true. */
  bom?: boolean;
  /**
   * Defuse formula characters (see guard.ts). Default true; machine-readable files (the open data package)
   * turn it off to keep values exact.
   */
  defuseFormulas?: boolean;
};

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark, so that Excel opens Chinese text correctly. Cells holding a comma,
 * a quote, a line feed or a bare carriage return are quoted; formula characters are defused (see guard.ts), and
 * `readCsv` undoes that, so a file this writes imports back unchanged.
 */
export function toCsv(rows: readonly (readonly unknown[])[], options: CsvOptions = {}): string {
  const { bom = true, defuseFormulas = true } = options;
  const cells = rows.map((row) =>
    row.map((value) => {
      const text = value === null || value === undefined ? "" : String(value);
      return defuseFormulas ? guardCell(text) : text;
    }),
  );
  return `${bom ? "\uFEFF" : ""}${stringify(cells, { record_delimiter: "\r\n", quoted_match: /[\r\n]/, eof: true })}`;
}
