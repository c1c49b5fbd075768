import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type StaffSession, requireStaff } from "@/lib/auth/roles";
import { type FieldError, fieldErrorsOf } from "@/lib/forms/field-errors";
import { toCsv } from "@/lib/csv/write";
import { decodeCsv, parseCsv } from "./csv";
import { type RecordKind, kinds, recordSchema } from "./kinds";
import { writeRecord } from "./write";

// CSV import and export of records, and the JSON export of every record (for reading and other tools; the backup
// of the whole database is `npm run db:backup`, see docs/production.md).
// Link columns hold slugs (or region codes) separated by ";", so a file can be
// edited in a spreadsheet. Imported rows become new drafts.

type LinkColumn = { column: string; to: "need" | "mode" | "region" };
const linkColumns: Record<RecordKind, LinkColumn[]> = {
  need: [],
  policy: [{ column: "needs", to: "need" }],
  mode: [],
  organization: [
    { column: "modes", to: "mode" },
    { column: "regions", to: "region" },
  ],
};

export type ImportRowError = { row: number; field: string; error: FieldError };
export type ImportReport = { ok: boolean; rows: number; errors: ImportRowError[]; applied: boolean };

const splitList = (cell: string | undefined) =>
  (cell ?? "")
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter(Boolean);

async function lookups(prisma: PrismaClient) {
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
  const [header, ...lines] = parseCsv(decodeCsv(bytes));
  if (!header)
    return { ok: false, rows: 0, errors: [{ row: 1, field: "_file", error: { key: "required" } }], applied: false };
  const columns = header.map((h) => h.trim());
  const spec = kinds[kind];
  const schema = recordSchema(kind);
  const known = await lookups(prisma);
  const existingSlugs = new Set(
    (await spec.delegate(prisma).findMany({ select: { slug: true } })).map((r) => String(r.slug)),
  );
  const seenSlugs = new Set<string>();
  const errors: ImportRowError[] = [];
  const valuesByRow: Record<string, unknown>[] = [];

  lines.forEach((cells, index) => {
    const row = index + 2;
    const cell = (name: string) => cells[columns.indexOf(name)];
    const values: Record<string, unknown> = Object.fromEntries(
      spec.fields.map((f) => [
        f.name,
        f.type === "bool"
          ? ["1", "true", "yes", "是"].includes((cell(f.name) ?? "").trim().toLowerCase())
          : cell(f.name),
      ]),
    );
    for (const link of linkColumns[kind]) {
      const items = splitList(cell(link.column));
      const unknown = items.filter((item) =>
        link.to === "region" ? !known.region.has(item) : !known[link.to].has(item),
      );
      if (unknown.length) errors.push({ row, field: link.column, error: { key: "unknownLink" } });
      values[link.column] =
        link.to === "region"
          ? items
          : link.to === "mode"
            ? items.map((slug) => ({ modeId: known.mode.get(slug) ?? 0 }))
            : items.map((slug) => known.need.get(slug) ?? 0);
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
      for (const [index, values] of valuesByRow.entries()) {
        const result = await writeRecord(prisma, session, { kind, action: "import", values }, tx);
        if (!result.ok) throw new Error(`row ${index + 2} was refused by the database (${result.reason})`);
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
  const slugOf = (map: Map<string, number>) => new Map([...map].map(([slug, id]) => [id, slug]));
  const needSlug = slugOf(known.need);
  const modeSlug = slugOf(known.mode);
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
    const linkCells = linkColumns[kind].map(({ column, to }) => {
      const items = (links[column] ?? []) as unknown[];
      if (to === "region") return items.join(";");
      if (to === "mode") return (items as { modeId: number }[]).map((m) => modeSlug.get(m.modeId)).join(";");
      return (items as number[]).map((id) => needSlug.get(id)).join(";");
    });
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
