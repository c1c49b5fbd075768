import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type StaffSession, requireStaff } from "@/lib/auth/roles";
import { type ErrorKey, fieldErrorsOf } from "@/lib/forms/field-errors";
import { toCsv } from "@/lib/csv/write";
import { readCsv } from "@/lib/csv/read";
import { type Lookups, linkColumns, readLinkCell, writeLinkCell } from "./csv-links";
import { type RecordKind, kinds, recordSchema } from "./kinds";
import { writeRecord } from "./write";

// CSV import and export of records, and the JSON export of every record.
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
] as const;
export type ImportErrorKey = ErrorKey | (typeof importErrorKeys)[number];
export type ImportRowError = { row: number; field: string; error: { key: ImportErrorKey; limit?: number } };
export type ImportReport = { ok: boolean; rows: number; errors: ImportRowError[]; applied: boolean };

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

/**
 * Checks every row of a CSV file (row numbers as a spreadsheet shows them,
 * the header being row 1) and, when `apply` is set and no row has an error,
 * creates all records in one transaction: all or nothing.
 */
export async function importCsv(
  prisma: PrismaClient,
  session: StaffSession | null,
  kind: RecordKind,
  bytes: Uint8Array,
  apply: boolean,
): Promise<ImportReport> {
  requireStaff(session);
  const read = readCsv(bytes);
  if (!read.ok) {
    const key = (
      { "empty-file": "emptyFile", "unclosed-quote": "unclosedQuote", "malformed-quote": "malformedQuote" } as const
    )[read.error.code];
    return { ok: false, rows: 0, errors: [{ row: read.error.row, field: "_file", error: { key } }], applied: false };
  }
  const columns = read.header.cells.map((h) => h.trim());
  const spec = kinds[kind];
  const schema = recordSchema(kind);
  const known = await lookups(prisma);
  const existingSlugs = new Set(
    (await spec.delegate(prisma).findMany({ select: { slug: true } })).map((r) => String(r.slug)),
  );
  const seenSlugs = new Set<string>();
  const errors: ImportRowError[] = [];
  const valuesByRow: Record<string, unknown>[] = [];

  read.rows.forEach(({ row, cells }) => {
    if (cells.length !== columns.length) errors.push({ row, field: "_file", error: { key: "columnCount" } });
    const cell = (name: string) => cells[columns.indexOf(name)];
    const values: Record<string, unknown> = Object.fromEntries(
      spec.fields.map((f) => [
        f.name,
        f.type === "bool"
          ? ["1", "true", "yes", "是"].includes((cell(f.name) ?? "").trim().toLowerCase())
          : cell(f.name),
      ]),
    );
    for (const { column } of linkColumns[kind]) {
      const link = readLinkCell(kind, column, cell(column) ?? "", known);
      if (link.invalid) errors.push({ row, field: column, error: { key: "invalid" } });
      else if (link.unknown) errors.push({ row, field: column, error: { key: "unknownLink" } });
      values[column] = link.value;
    }
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      for (const [field, error] of Object.entries(fieldErrorsOf(parsed.error)))
        if (!errors.some((e) => e.row === row && e.field === field.split(".")[0])) errors.push({ row, field, error });
    } else {
      const slug = String(parsed.data.slug);
      if (existingSlugs.has(slug) || seenSlugs.has(slug))
        errors.push({ row, field: "slug", error: { key: "duplicate" } });
      seenSlugs.add(slug);
    }
    valuesByRow.push(values);
  });

  if (errors.length || !apply || valuesByRow.length === 0)
    return { ok: errors.length === 0, rows: valuesByRow.length, errors, applied: false };
  await prisma.$transaction(
    async (tx) => {
      for (const values of valuesByRow) {
        const result = await writeRecord(prisma, session, { kind, action: "import", values }, tx);
        if (!result.ok) throw new Error(`a row was refused by the database (${result.reason})`);
      }
    },
    { timeout: 60_000 },
  );
  return { ok: true, rows: valuesByRow.length, errors: [], applied: true };
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
      ...spec.fields.map((f) => row[f.name]),
      ...linkCells,
    ];
  });
  return toCsv([header, ...lines]);
}

/** All records with their links as one JSON document (a backup an admin can read). Staff accounts are left out. */
export async function exportDatabaseJson(prisma: PrismaClient, session: StaffSession | null): Promise<string> {
  requireStaff(session, "ADMIN");
  const out: Record<string, unknown> = { exportedAt: new Date().toISOString() };
  for (const kind of Object.keys(kinds) as RecordKind[]) {
    const spec = kinds[kind];
    out[kind] = await spec.delegate(prisma).findMany({ include: spec.include, orderBy: { id: "asc" } });
  }
  out.audit = await prisma.auditEntry.findMany({ orderBy: { id: "asc" } });
  return JSON.stringify(out, null, 2);
}
