export type CsvOptions = {
  /** Start with a UTF-8 byte-order mark (so that Excel opens Chinese text correctly). Default true. */
  bom?: boolean;
  /**
   * Prefix cells that start with = + - @ with an apostrophe, so a spreadsheet does not run them as formulas.
   * Default true; machine-readable files (the open data package) turn it off to keep values exact.
   */
  defuseFormulas?: boolean;
};

/** RFC 4180 CSV, by default with a UTF-8 byte-order mark and formulas defused, for spreadsheets. */
export function toCsv(rows: readonly (readonly unknown[])[], options: CsvOptions = {}): string {
  const { bom = true, defuseFormulas = true } = options;
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? "" : String(value);
    // A leading = + - @ would make a spreadsheet run a formula.
    const safe = defuseFormulas && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  if (!rows.length && !bom) return "";
  return `${bom ? "\uFEFF" : ""}${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
