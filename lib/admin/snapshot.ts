import type { Prisma } from "@/lib/generated/prisma/client";
import { type RecordKind, kinds } from "./kinds";

/** A record as the audit trail keeps it: editable values (columns and links) plus its state. */
export type RecordSnapshot = {
  id: number;
  values: Record<string, unknown>;
  status: "DRAFT" | "PUBLISHED";
  version: number;
  reviewedAt: string | null;
  reviewedById: number | null;
  /** How the last review was done (absent in entries written before methods were recorded). */
  reviewMethod?: string | null;
  deletedAt: string | null;
  updatedAt: string;
};

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : null);

/** Reads a record with its links into plain JSON (what is compared, audited and restored). */
export async function loadSnapshot(
  tx: Prisma.TransactionClient,
  kind: RecordKind,
  id: number,
): Promise<RecordSnapshot | null> {
  const spec = kinds[kind];
  const row = await spec.delegate(tx).findUnique({ where: { id }, include: spec.include });
  return row ? snapshotOf(kind, row) : null;
}

/** The snapshot of a row read with its kind's `include` (for many rows read in one query). */
export function snapshotOf(
  kind: RecordKind,
  row: Record<string, unknown> & { id: number; version: number },
): RecordSnapshot {
  const spec = kinds[kind];
  const values = Object.fromEntries(spec.fields.map((f) => [f.name, row[f.name] ?? null]));
  return {
    id: row.id,
    values: { ...values, ...spec.linksFromRow(row) },
    status: row.status as RecordSnapshot["status"],
    version: row.version,
    reviewedAt: iso(row.reviewedAt),
    reviewedById: (row.reviewedById as number | null) ?? null,
    reviewMethod: (row.reviewMethod as string | null) ?? null,
    deletedAt: iso(row.deletedAt),
    updatedAt: iso(row.updatedAt) ?? "",
  };
}
