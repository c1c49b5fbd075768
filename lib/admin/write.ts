import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { type StaffSession, requireStaff } from "@/lib/auth/roles";
import { DataIntegrityError, withDatabaseErrors } from "@/lib/db/errors";
import { type FieldErrors, fieldErrorsOf } from "@/lib/forms/field-errors";
import { type RecordKind, kinds, recordSchema } from "./kinds";
import { type RecordSnapshot, loadSnapshot } from "./snapshot";

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
    const written = await withDatabaseErrors(() => (tx ? run(tx) : prisma.$transaction(run)));
    return { ok: true, ...written };
  } catch (error) {
    if (error instanceof VersionConflict) {
      return { ok: false, reason: "conflict", current: await loadSnapshot(tx ?? prisma, request.kind, request.id!) };
    }
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
