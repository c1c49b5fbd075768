import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type StaffSession, requireStaff } from "@/lib/auth/roles";
import { type ErrorKey, fieldErrorsOf } from "@/lib/forms/field-errors";
import { toCsv } from "@/lib/csv/write";
import { readCsv } from "@/lib/csv/read";
import { type Lookups, linkColumns, readLinkCell, writeLinkCell } from "./csv-links";
import { type RecordKind, kinds, recordSchema } from "./kinds";
import { snapshotOf } from "./snapshot";
import { type BatchWrite, VersionConflict, changesCommitted, writeRecordsBatch } from "./write";
import { DataIntegrityError, isTimeout, withDatabaseErrors } from "@/lib/db/errors";

// CSV import and export of records, and the JSON export of every record (for reading and other tools; the backup
// of the whole database is `npm run db:backup`, see docs/production.md).
// Link columns hold slugs (or region codes) separated by ";", so a file can be
// edited in a spreadsheet. Imported rows become new drafts.

/** Problems of a whole file or row that no form field has; their sentences live in messages/imports.ts. */
export const importErrorKeys = [
  "emptyFile",
  "unclosedQuote",
  "malformedQuote",
  "columnCount",
  "stale",
  "tooManyRows",
  "refusedByDatabase",
  "timedOut",
] as const;
export type ImportErrorKey = ErrorKey | (typeof importErrorKeys)[number];
export type ImportRowError = { row: number; field: string; error: { key: ImportErrorKey; limit?: number } };
export type ImportReport = {
  ok: boolean;
  rows: number;
  errors: ImportRowError[];
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  plan: RowPlan[];
};
const emptyReport: ImportReport = {
  ok: false,
  rows: 0,
  errors: [],
  applied: false,
  created: 0,
  updated: 0,
  unchanged: 0,
  plan: [],
};

async function lookups(prisma: PrismaClient): Promise<Lookups> {
  const [needs, modes, regions] = await Promise.all([
    prisma.need.findMany({ select: { id: true, slug: true } }),
    prisma.interventionMode.findMany({ select: { id: true, slug: true } }),
    prisma.region.findMany({ select: { code: true } }),
  ]);
  return {
    need: new Map(needs.map((n) => [n.slug, n.id])),
    mode: new Map(modes.map((m) => [m.slug, m.id])),
    region: new Set(regions.map((r) => r.code)),
  };
}

/** A row of the dry run: what applying the file does to the record with this slug. */
export type FieldChange = { field: string; before: string; after: string };
export type RowPlan = { row: number; slug: string; action: "create" | "update" | "unchanged"; changes: FieldChange[] };

/** The most rows one import takes (see docs/decisions/026); a larger file is refused with a clear message. */
export const MAX_IMPORT_ROWS = 10_000;
/** Rows written per batch: a few statements each (see `writeRecordsBatch`). */
const BATCH_ROWS = 500;
/** The apply transaction's limit (see docs/decisions/026); an import that outlives it reports `timedOut`. */
const IMPORT_TRANSACTION_TIMEOUT_MS = 120_000;
/** How many row plans the report carries for the staff page (the counts cover every row). */
const PLAN_ROWS_SHOWN = 200;

const boolCell = (cell: string | undefined) => ["1", "true", "yes", "是"].includes((cell ?? "").trim().toLowerCase());
/** A calendar-day column (registration, recognition, qualification) as its form and import read it: YYYY-MM-DD. */
const dayOrValue = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
const shown = (value: unknown) =>
  value === null || value === undefined
    ? ""
    : value instanceof Date
      ? String(dayOrValue(value))
      : typeof value === "object"
        ? JSON.stringify(value)
        : String(value);

/**
 * Checks every row of a CSV file (row numbers as a spreadsheet shows them, the header being row 1). A row whose
 * slug is new creates a draft; a row whose slug exists updates that record, changing only the columns the file
 * carries (a column the file lacks leaves its field and links as they are). With a `version` column (as exported),
 * a record changed since the export is refused. The dry run lists the field-by-field changes of each row. When
 * `apply` is set and no row has an error, everything is written in one transaction, in batches: all or nothing.
 * A write the database refuses, or one that outlives `timeoutMs`, changes nothing and comes back as a file error.
 */
export async function importCsv(
  prisma: PrismaClient,
  session: StaffSession | null,
  kind: RecordKind,
  bytes: Uint8Array,
  apply: boolean,
  timeoutMs = IMPORT_TRANSACTION_TIMEOUT_MS,
): Promise<ImportReport> {
  requireStaff(session);
  const refuse = (row: number, key: ImportErrorKey, limit?: number): ImportReport => ({
    ...emptyReport,
    errors: [{ row, field: "_file", error: limit === undefined ? { key } : { key, limit } }],
  });
  const read = readCsv(bytes);
  if (!read.ok) {
    const key = (
      { "empty-file": "emptyFile", "unclosed-quote": "unclosedQuote", "malformed-quote": "malformedQuote" } as const
    )[read.error.code];
    return refuse(read.error.row, key);
  }
  if (read.rows.length > MAX_IMPORT_ROWS) return refuse(1, "tooManyRows", MAX_IMPORT_ROWS);
  const columns = read.header.cells.map((h) => h.trim());
  const present = new Set(columns);
  const spec = kinds[kind];
  const schema = recordSchema(kind);
  const known = await lookups(prisma);
  // Only the records the file names: an import's cost follows the file, not the size of the directory.
  const slugColumn = columns.indexOf("slug");
  const fileSlugs = [...new Set(read.rows.map((r) => (r.cells[slugColumn] ?? "").trim().toLowerCase()))];
  const existing = new Map(
    (await spec.delegate(prisma).findMany({ where: { slug: { in: fileSlugs } }, include: spec.include })).map((row) => [
      String(row.slug),
      row,
    ]),
  );
  const seenSlugs = new Set<string>();
  const errors: ImportRowError[] = [];
  const writes: (BatchWrite & { row: number })[] = [];
  const plan: RowPlan[] = [];
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const codeRows: { row: number; slug: string; code: string }[] = [];

  for (const { row, cells } of read.rows) {
    if (cells.length !== columns.length) errors.push({ row, field: "_file", error: { key: "columnCount" } });
    const cell = (name: string) => cells[columns.indexOf(name)];
    const slug = (cell("slug") ?? "").trim().toLowerCase();
    const current = existing.get(slug);
    const base: Record<string, unknown> = current
      ? {
          ...Object.fromEntries(spec.fields.map((f) => [f.name, current[f.name] ?? ""])),
          ...spec.linksFromRow(current),
        }
      : {};
    const values: Record<string, unknown> = { ...base };
    for (const f of spec.fields)
      if (present.has(f.name) || !current) values[f.name] = f.type === "bool" ? boolCell(cell(f.name)) : cell(f.name);
    for (const { column } of linkColumns[kind]) {
      if (current && !present.has(column)) continue;
      const link = readLinkCell(kind, column, cell(column) ?? "", known);
      if (link.invalid) errors.push({ row, field: column, error: { key: "invalid" } });
      else if (link.unknown) errors.push({ row, field: column, error: { key: "unknownLink" } });
      values[column] = link.value;
    }
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      for (const [field, error] of Object.entries(fieldErrorsOf(parsed.error)))
        if (!errors.some((e) => e.row === row && e.field === field.split(".")[0])) errors.push({ row, field, error });
      continue;
    }
    if (seenSlugs.has(slug)) {
      errors.push({ row, field: "slug", error: { key: "duplicate" } });
      continue;
    }
    seenSlugs.add(slug);
    const creditCode = (parsed.data as Record<string, unknown>).creditCode;
    if (typeof creditCode === "string" && creditCode) codeRows.push({ row, slug, code: creditCode });
    if (!current) {
      counts.created++;
      if (plan.length < PLAN_ROWS_SHOWN) plan.push({ row, slug, action: "create", changes: [] });
      writes.push({ row, values });
      continue;
    }
    const versionCell = present.has("version") ? (cell("version") ?? "").trim() : "";
    if (versionCell && Number(versionCell) !== current.version) {
      errors.push({ row, field: "version", error: { key: "stale", limit: current.version } });
      continue;
    }
    const was = schema.safeParse(base);
    const before = (was.success ? was.data : base) as Record<string, unknown>;
    const after = parsed.data as Record<string, unknown>;
    const changes: FieldChange[] = [];
    for (const f of spec.fields)
      if (shown(before[f.name]) !== shown(after[f.name]))
        changes.push({ field: f.name, before: shown(before[f.name]), after: shown(after[f.name]) });
    for (const { column } of linkColumns[kind]) {
      const [b, a] = [writeLinkCell(kind, column, before, known), writeLinkCell(kind, column, after, known)];
      if (b !== a) changes.push({ field: column, before: b, after: a });
    }
    if (!changes.length) {
      counts.unchanged++;
      if (plan.length < PLAN_ROWS_SHOWN) plan.push({ row, slug, action: "unchanged", changes });
      continue;
    }
    counts.updated++;
    if (plan.length < PLAN_ROWS_SHOWN) plan.push({ row, slug, action: "update", changes });
    writes.push({ row, id: current.id, expectedVersion: current.version, values, before: snapshotOf(kind, current) });
  }

  // A unified social credit code names one organization: one held by another record, or given to two rows, is refused
  // on its row (the database's unique index would otherwise refuse the whole file without saying where).
  if (codeRows.length) {
    const holders = new Map(
      (
        await prisma.organization.findMany({
          where: { creditCode: { in: codeRows.map((c) => c.code) } },
          select: { slug: true, creditCode: true },
        })
      ).map((o) => [o.creditCode!, o.slug]),
    );
    const firstRow = new Map<string, string>();
    for (const { row, slug, code } of codeRows) {
      const holder = holders.get(code);
      const taken = (holder !== undefined && holder !== slug) || (firstRow.has(code) && firstRow.get(code) !== slug);
      if (taken) errors.push({ row, field: "creditCode", error: { key: "duplicate" } });
      if (!firstRow.has(code)) firstRow.set(code, slug);
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const report: ImportReport = {
    ok: errors.length === 0,
    rows: read.rows.length,
    errors,
    applied: false,
    plan,
    ...counts,
  };
  if (errors.length || !apply || writes.length === 0) return report;
  try {
    await withDatabaseErrors(() =>
      prisma.$transaction(
        async (tx) => {
          for (let i = 0; i < writes.length; i += BATCH_ROWS)
            await writeRecordsBatch(tx, session, kind, "import", writes.slice(i, i + BATCH_ROWS));
        },
        { timeout: timeoutMs, maxWait: 10_000 },
      ),
    );
  } catch (error) {
    if (error instanceof VersionConflict)
      return { ...report, ok: false, errors: [{ row: 1, field: "version", error: { key: "stale", limit: 0 } }] };
    if (error instanceof DataIntegrityError)
      return { ...report, ok: false, errors: [{ row: 1, field: "_file", error: { key: "refusedByDatabase" } }] };
    if (isTimeout(error))
      return { ...report, ok: false, errors: [{ row: 1, field: "_file", error: { key: "timedOut" } }] };
    throw error;
  }
  changesCommitted();
  return { ...report, applied: true };
}

/** Every record of a kind (deleted ones included, marked) as CSV text with a BOM for Excel. */
export async function exportCsv(prisma: PrismaClient, session: StaffSession | null, kind: RecordKind): Promise<string> {
  requireStaff(session);
  const spec = kinds[kind];
  const known = await lookups(prisma);
  const rows = await spec.delegate(prisma).findMany({ include: spec.include, orderBy: { id: "asc" } });
  const header = [
    "id",
    "status",
    "deleted",
    "version",
    ...spec.fields.map((f) => f.name),
    ...linkColumns[kind].map((l) => l.column),
  ];
  const lines = rows.map((row) => {
    const links = spec.linksFromRow(row);
    const linkCells = linkColumns[kind].map(({ column }) => writeLinkCell(kind, column, links, known));
    return [
      row.id,
      row.status,
      row.deletedAt ? "1" : "",
      row.version,
      ...spec.fields.map((f) => dayOrValue(row[f.name])),
      ...linkCells,
    ];
  });
  return toCsv([header, ...lines]);
}

/**
 * All records with their links and their audit trail as one JSON document, for reading and for other tools.
 * Not a backup: figures, frozen lists and staff accounts are left out, and nothing imports it (ADR 021).
 */
export async function exportRecordsJson(prisma: PrismaClient, session: StaffSession | null): Promise<string> {
  requireStaff(session, "ADMIN");
  const out: Record<string, unknown> = { exportedAt: new Date().toISOString() };
  for (const kind of Object.keys(kinds) as RecordKind[]) {
    const spec = kinds[kind];
    out[kind] = await spec.delegate(prisma).findMany({ include: spec.include, orderBy: { id: "asc" } });
  }
  out.audit = await prisma.auditEntry.findMany({ orderBy: { id: "asc" } });
  return JSON.stringify(out, null, 2);
}
