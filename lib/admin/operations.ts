import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type StaffSession, requireStaff } from "@/lib/auth/roles";
import { ReviewMethod } from "@/lib/generated/prisma/enums";
import { recordKinds } from "./kinds";
import { type WriteResult, writeRecord } from "./write";

// Every record change a staff member can make. Each takes the session (or
// null) and untrusted input, and goes through writeRecord, which checks the
// session first. Server actions are thin wrappers around these.

const kind = z.enum(recordKinds);
const positive = z.coerce.number<unknown>().int().positive();
const target = z.object({ kind, id: positive, version: positive });
const saveInput = z.object({
  kind,
  id: positive.optional(),
  version: positive.optional(),
  values: z.record(z.string(), z.unknown()),
});

/** Creates (no id) or updates a record from its form values. */
export async function saveRecord(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
): Promise<WriteResult> {
  requireStaff(session);
  const { kind, id, version, values } = saveInput.parse(input);
  return writeRecord(prisma, session, { kind, action: id ? "update" : "create", id, expectedVersion: version, values });
}

export async function setPublished(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
): Promise<WriteResult> {
  requireStaff(session);
  const { kind, id, version, published } = target.extend({ published: z.boolean() }).parse(input);
  return writeRecord(prisma, session, {
    kind,
    id,
    expectedVersion: version,
    action: published ? "publish" : "unpublish",
    state: { status: published ? "PUBLISHED" : "DRAFT" },
  });
}

/** The ways a record can be verified; a review without one is refused. */
export const reviewInput = target.extend({ method: z.enum(ReviewMethod) });

/** Stamps the record as checked now, by this staff member, and how (phone call, site visit, documents, public record). */
export async function markReviewed(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
): Promise<WriteResult> {
  const staff = requireStaff(session);
  const { kind, id, version, method } = reviewInput.parse(input);
  return writeRecord(prisma, session, {
    kind,
    id,
    expectedVersion: version,
    action: "review",
    state: { reviewedAt: new Date(), reviewedById: staff.userId, reviewMethod: method },
  });
}

/** Soft delete: the record leaves the public pages and can be brought back. */
export async function deleteRecord(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
): Promise<WriteResult> {
  requireStaff(session);
  const { kind, id, version } = target.parse(input);
  return writeRecord(prisma, session, {
    kind,
    id,
    expectedVersion: version,
    action: "delete",
    state: { deletedAt: new Date() },
  });
}

export async function undeleteRecord(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
): Promise<WriteResult> {
  requireStaff(session);
  const { kind, id, version } = target.parse(input);
  return writeRecord(prisma, session, {
    kind,
    id,
    expectedVersion: version,
    action: "undelete",
    state: { deletedAt: null },
  });
}

/** Puts back the values a record had after an earlier change (its audit entry), as a new change. */
export async function restoreVersion(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
): Promise<WriteResult> {
  requireStaff(session);
  const { kind, id, version, entryId } = target.extend({ entryId: positive }).parse(input);
  const entry = await prisma.auditEntry.findFirst({
    where: { id: entryId, recordType: kind, recordId: id },
    select: { after: true },
  });
  const values = (entry?.after as { values?: unknown } | null)?.values;
  if (!values) return { ok: false, reason: "integrity", kind: "missing-reference", fields: [] };
  return writeRecord(prisma, session, { kind, id, expectedVersion: version, action: "restore", values });
}
