import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { type StaffSession, requireStaff } from "@/lib/auth/roles";
import { publicDataChanged } from "@/lib/cache/invalidate";
import { DataIntegrityError, withDatabaseErrors } from "@/lib/db/errors";
import { type FieldErrors, fieldErrorsOf } from "@/lib/forms/field-errors";
import { insertRows, updateRows } from "./bulk-sql";
import { type RecordKind, kinds, recordSchema } from "./kinds";
import { type RecordSnapshot, loadSnapshot, snapshotOf } from "./snapshot";

export const auditActions = [
  "create",
  "update",
  "delete",
  "undelete",
  "publish",
  "unpublish",
  "review",
  "restore",
  "import",
] as const;
export type AuditAction = (typeof auditActions)[number];

export type WriteResult =
  | { ok: true; id: number; version: number }
  | { ok: false; reason: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; reason: "conflict"; current: RecordSnapshot | null }
  | { ok: false; reason: "integrity"; kind: DataIntegrityError["kind"]; fields: string[] };

export type WriteRequest = {
  kind: RecordKind;
  action: AuditAction;
  /** The record to change; absent for a new one. */
  id?: number;
  /** The version the staff member saw; the write is refused when the record has moved on. */
  expectedVersion?: number;
  /** Raw form values, validated here with the form's schema (columns and links). */
  values?: unknown;
  /** State changes that are not form values (status, reviewedAt, deletedAt). */
  state?: Record<string, unknown>;
};

class VersionConflict extends Error {}

/** A unified social credit code names one organization: another record (deleted ones included) already holds it. */
class CreditCodeTaken extends Error {}

/** Throws CreditCodeTaken when an organization other than `id` holds the code (checked inside the write's transaction). */
async function assertCreditCodeFree(
  tx: Prisma.TransactionClient,
  code: unknown,
  id: number | undefined,
): Promise<void> {
  if (typeof code !== "string" || !code) return;
  const holder = await tx.organization.findUnique({ where: { creditCode: code }, select: { id: true } });
  if (holder && holder.id !== id) throw new CreditCodeTaken();
}

/**
 * Every committed staff change to what the public sees ends here: the public data cache is emptied, so the
 * change shows on every public page from the next request on (decisions 044, 045). `writeRecord` calls it
 * for the transaction it owns; a caller that runs its own transaction (imports, moderation, figures) calls
 * it once that transaction has committed.
 */
export function changesCommitted(): void {
  publicDataChanged();
}

const asJson = (snapshot: RecordSnapshot | null) =>
  snapshot ? (snapshot as unknown as Prisma.InputJsonObject) : undefined;

/**
 * The one write path of the admin: checks the session and role, validates the
 * values with the form's zod schema, updates the row only if its version is
 * still the one the staff member saw (UPDATE ... WHERE id AND version, version
 * + 1), replaces its links, and records the change with before/after JSON in
 * the audit trail — all in one transaction. `tx` lets an import write many
 * records inside its own single transaction.
 */
export async function writeRecord(
  prisma: PrismaClient,
  session: StaffSession | null,
  request: WriteRequest,
  tx?: Prisma.TransactionClient,
): Promise<WriteResult> {
  const staff = requireStaff(session);
  let parsed: Record<string, unknown> | undefined;
  if (request.values !== undefined) {
    const result = recordSchema(request.kind).safeParse(request.values);
    if (!result.success) return { ok: false, reason: "invalid", fieldErrors: fieldErrorsOf(result.error) };
    parsed = result.data;
  }
  const run = (t: Prisma.TransactionClient) => applyWrite(t, staff, request, parsed);
  try {
    // A save is a handful of statements; the margin over Prisma's 5 s default keeps a save on a busy server from
    // failing half-way (it is all-or-nothing either way).
    const written = await withDatabaseErrors(() =>
      tx ? run(tx) : prisma.$transaction(run, { maxWait: 10_000, timeout: 20_000 }),
    );
    if (!tx) changesCommitted();
    return { ok: true, ...written };
  } catch (error) {
    if (error instanceof VersionConflict) {
      return { ok: false, reason: "conflict", current: await loadSnapshot(tx ?? prisma, request.kind, request.id!) };
    }
    if (error instanceof CreditCodeTaken)
      return { ok: false, reason: "invalid", fieldErrors: { creditCode: { key: "duplicate" } } };
    if (error instanceof DataIntegrityError)
      return { ok: false, reason: "integrity", kind: error.kind, fields: error.fields };
    throw error;
  }
}

async function applyWrite(
  tx: Prisma.TransactionClient,
  staff: StaffSession,
  request: WriteRequest,
  parsed: Record<string, unknown> | undefined,
) {
  const spec = kinds[request.kind];
  const linkNames = Object.keys(spec.links.shape);
  const columns = parsed
    ? Object.fromEntries(Object.entries(parsed).filter(([name]) => !linkNames.includes(name)))
    : {};
  const data = { ...columns, ...request.state };
  const delegate = spec.delegate(tx);

  let id = request.id;
  let before: RecordSnapshot | null = null;
  if (request.kind === "organization") await assertCreditCodeFree(tx, parsed?.creditCode, id);
  if (id === undefined) {
    id = (await delegate.create({ data, select: { id: true } })).id;
  } else {
    before = await loadSnapshot(tx, request.kind, id);
    if (!before || request.expectedVersion === undefined) throw new VersionConflict();
    const { count } = await delegate.updateMany({
      where: { id, version: request.expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new VersionConflict();
  }
  if (parsed) await spec.writeLinks(tx, id, parsed);
  const after = await loadSnapshot(tx, request.kind, id);
  await tx.auditEntry.create({
    data: {
      recordType: request.kind,
      recordId: id,
      action: request.action,
      staffId: staff.userId,
      before: asJson(before),
      after: asJson(after),
    },
  });
  return { id, version: after?.version ?? 1 };
}

/**
 * One record of a batch: a new one (no id), or an update of `id` at the version the file was checked against.
 * `before` is the record as the check read it at that version (its audit snapshot): the update is refused unless
 * the record still has that version, and every change of a record or its links moves its version on, so the
 * snapshot is still the record's state and need not be read again.
 */
export type BatchWrite = {
  id?: number;
  expectedVersion?: number;
  values: Record<string, unknown>;
  before?: RecordSnapshot;
};

/**
 * The write path for many records at once (imports), inside the caller's transaction: the same schema, the same
 * version check (UPDATE ... WHERE id AND version, refused as a whole on any mismatch) and an audit entry with
 * before/after JSON for every record, but with a few statements per batch instead of several per record: one
 * insert for the new records, one update of the changed ones, one delete and one insert per link table, one read
 * of the results and one insert of the audit entries. The inserts pass their rows as one JSON parameter
 * (see bulk-sql.ts): Prisma's own createMany spent several times the database's time building the statement.
 */
export async function writeRecordsBatch(
  tx: Prisma.TransactionClient,
  session: StaffSession | null,
  kind: RecordKind,
  action: AuditAction,
  writes: readonly BatchWrite[],
): Promise<{ created: number; updated: number }> {
  const staff = requireStaff(session);
  const spec = kinds[kind];
  const schema = recordSchema(kind);
  const linkNames = Object.keys(spec.links.shape);
  const delegate = spec.delegate(tx);
  const parsed = writes.map((w) => {
    const result = schema.safeParse(w.values);
    if (!result.success)
      throw new DataIntegrityError(
        "invalid-value",
        "a row does not match the record schema",
        Object.keys(fieldErrorsOf(result.error)),
      );
    const data = result.data as Record<string, unknown>;
    const columns = Object.fromEntries(Object.entries(data).filter(([name]) => !linkNames.includes(name)));
    return { ...w, data, columns };
  });
  const updates = parsed.filter((w) => w.id !== undefined);
  const creates = parsed.filter((w) => w.id === undefined);

  const unread = updates.filter((w) => !w.before || w.before.version !== w.expectedVersion);
  const beforeRows = unread.length
    ? await delegate.findMany({ where: { id: { in: unread.map((w) => w.id!) } }, include: spec.include })
    : [];
  const before = new Map([
    ...updates.flatMap((w) => (w.before ? [[w.id!, w.before] as const] : [])),
    ...beforeRows.map((row) => [row.id, snapshotOf(kind, row)] as const),
  ]);
  if (updates.some((w) => w.expectedVersion === undefined)) throw new VersionConflict();
  const changed = await updateRows(
    tx,
    spec.table,
    // Only the columns whose values change are set: an unchanged name fires no search-vector or filter refresh.
    updates.map((w) => {
      const was = before.get(w.id!)?.values ?? {};
      const changedColumns = Object.entries(w.columns).filter(
        ([name, value]) => canonical(was[name]) !== canonical(value),
      );
      return { id: w.id!, version: w.expectedVersion!, columns: Object.fromEntries(changedColumns) };
    }),
  );
  if (changed !== updates.length) throw new VersionConflict();
  const createdRows = creates.length
    ? await insertRows(
        tx,
        spec.table,
        creates.map((w) => w.columns),
      )
    : [];
  const createdId = new Map(createdRows.map((r) => [r.slug, r.id]));
  const written = [
    ...updates.map((w) => ({ id: w.id!, links: w.data })),
    ...creates.map((w) => ({ id: createdId.get(String(w.columns.slug))!, links: w.data })),
  ];
  // Links are replaced only where they differ from what the record has: a file that changes names rewrites no
  // link rows, and so fires none of the link tables' filter-index triggers (decision 026).
  const relinked = written.filter((w) => {
    const was = before.get(w.id);
    return !was || linkNames.some((name) => canonical(was.values[name]) !== canonical(w.links[name]));
  });
  if (linkNames.length && relinked.length) await spec.writeLinksMany(tx, relinked);
  const afterRows = await delegate.findMany({ where: { id: { in: written.map((w) => w.id) } }, include: spec.include });
  // The audit entries as one JSON parameter: their snapshots are most of an import's bytes.
  const entries = afterRows.map((row) => ({
    record_id: row.id,
    before: before.get(row.id) ?? null,
    after: snapshotOf(kind, row),
  }));
  await tx.$executeRaw`
    INSERT INTO "audit_entry" ("record_type", "record_id", "action", "staff_id", "before", "after")
    SELECT ${kind}, e."record_id", ${action}, ${staff.userId}, e."before", e."after"
      FROM jsonb_to_recordset(${JSON.stringify(entries)}::jsonb) AS e("record_id" int, "before" jsonb, "after" jsonb)`;
  return { created: creates.length, updated: updates.length };
}

/** JSON with object keys in one order, so that two link lists compare equal exactly when their contents do. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Thrown by `writeRecordsBatch` when a record has moved on since the file was checked. */
export { VersionConflict };
