// The matrix's rows and the province tiles as the server prepares them (heat-matrix.tsx, tile-map.tsx) for the
// client components that draw them (matrix-body.tsx, tile-grid.tsx): a value exported by a "use client" module
// reaches server code as a client reference, not as itself.

/**
 * A row of the matrix: the need's name and policy line, whether it lacks policy cover, the results link for the
 * need with `REGION_MARK` where each column's code goes, and per column a cell: its heat level (0–4), then what
 * it shows big and its small lines (class and density, modes, review dates) as indexes into the matrix's
 * `texts`. Most cells of a national view say the same few things ("空白", "已关联政策·无机构"): each is sent once.
 */
export type MatrixRow = {
  name: string;
  policyLine: string;
  noPolicy: boolean;
  href: string;
  cells: number[][];
};

/** Stands in a row's results link for the column's region code (a word no need slug or region code contains). */
export const REGION_MARK = "REGION";

/** A province tile: its link, heat level, place on the grid, short name, counts and full accessible sentence. */
export type ProvinceTile = {
  code: string;
  href: string;
  heat: number;
  column: number;
  row: number;
  shortName: string;
  organizations: string;
  gaps: string;
  sentence: string;
};

/** A row of the region summary: the region (with its drill-down link, or "" where it has none) and its figures. */
export type RegionSummaryRow = {
  code: string;
  href: string;
  name: string;
  organizations: string;
  needsMet: string;
  gaps: string;
  /** "1,234 (2020)", its source line and whether it is a sample figure; all "" when no figure is recorded. */
  children: string;
  source: string;
  sample: boolean;
  per10k: string;
};
