import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { PublicReportKind, PublicReportStatus } from "@/lib/generated/prisma/enums";
import { type StaffSession, requireStaff } from "@/lib/auth/roles";
import { type RecordSnapshot, loadSnapshot } from "@/lib/admin/snapshot";
import { changesCommitted, writeRecord } from "@/lib/admin/write";
import { logger } from "@/lib/log/logger";
import { type FieldErrors, fieldErrorsOf } from "@/lib/forms/field-errors";
import type { ReportTargetKind } from "./limits";
import { reportDecisionSchema } from "./schemas";

// The staff side of public reports: the queue, the counts and the decisions. Every function checks the session
// first (editors and admins); every decision is written with its audit entry in one transaction.

export const REPORT_AUDIT_TYPE = "report";
export const reportViews = ["open", "decided"] as const;
export type ReportView = (typeof reportViews)[number];
const DECIDED_SHOWN = 100;

export type QueueReport = {
  id: number;
  kind: PublicReportKind;
  status: PublicReportStatus;
  locale: string;
  message: string;
  contactEmail: string | null;
  proposedName: string | null;
  proposedWebsite: string | null;
  proposedRegion: string | null;
  proposedContact: string | null;
  reason: string | null;
  duplicateOfId: number | null;
  createdOrganizationId: number | null;
  createdAt: Date;
  decidedAt: Date | null;
  decidedByName: string | null;
  /** The record a problem is about, as it is now (null for suggestions, or when the record is gone). */
  target: { kind: ReportTargetKind; id: number; snapshot: RecordSnapshot | null } | null;
  /** For a suggestion: organizations already listed whose name resembles the suggested one. */
  similar: { id: number; nameZh: string; nameEn: string | null; status: string }[];
};

const reportSelect = {
  id: true,
  kind: true,
  status: true,
  locale: true,
  message: true,
  contactEmail: true,
  proposedName: true,
  proposedWebsite: true,
  proposedRegion: true,
  proposedContact: true,
  reason: true,
  duplicateOfId: true,
  createdOrganizationId: true,
  createdAt: true,
  decidedAt: true,
  targetKind: true,
  targetId: true,
  decidedBy: { select: { name: true } },
} as const;
type ReportRow = Prisma.PublicReportGetPayload<{ select: typeof reportSelect }>;

async function withContext(prisma: PrismaClient, row: ReportRow): Promise<QueueReport> {
  const { targetKind, targetId, decidedBy, ...rest } = row;
  let target: QueueReport["target"] = null;
  if (targetKind && targetId) {
    const kind = targetKind as ReportTargetKind;
    target = { kind, id: targetId, snapshot: await loadSnapshot(prisma, kind, targetId) };
  }
  let similar: QueueReport["similar"] = [];
  if (row.kind === "SUGGESTION" && row.proposedName) {
    const name = row.proposedName.slice(0, 60);
    similar = await prisma.organization.findMany({
      where: {
        deletedAt: null,
        OR: [{ nameZh: { contains: name, mode: "insensitive" } }, { nameEn: { contains: name, mode: "insensitive" } }],
      },
      select: { id: true, nameZh: true, nameEn: true, status: true },
      orderBy: { id: "asc" },
      take: 5,
    });
  }
  return { ...rest, decidedByName: decidedBy?.name ?? null, target, similar };
}

/**
 * The moderation queue. Open reports come oldest first (first in, first decided); decided ones newest decision
 * first, the latest hundred.
 */
export async function listReports(
  prisma: PrismaClient,
  session: StaffSession | null,
  view: ReportView = "open",
): Promise<QueueReport[]> {
  requireStaff(session);
  const rows = await prisma.publicReport.findMany({
    where: view === "open" ? { status: "NEW" } : { status: { not: "NEW" } },
    orderBy: view === "open" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ decidedAt: "desc" }, { id: "desc" }],
    take: view === "open" ? undefined : DECIDED_SHOWN,
    select: reportSelect,
  });
  return Promise.all(rows.map((row) => withContext(prisma, row)));
}

/** One report with its context (for the record form a problem's acceptance opens). */
export async function getReport(
  prisma: PrismaClient,
  session: StaffSession | null,
  id: number,
): Promise<QueueReport | null> {
  requireStaff(session);
  const row = await prisma.publicReport.findUnique({ where: { id }, select: reportSelect });
  return row && withContext(prisma, row);
}

/** Open reports by kind, for the staff dashboard. */
export async function reportCounts(
  prisma: PrismaClient,
  session: StaffSession | null,
): Promise<{ problems: number; suggestions: number }> {
  requireStaff(session);
  const groups = await prisma.publicReport.groupBy({ by: ["kind"], where: { status: "NEW" }, _count: true });
  const count = (kind: PublicReportKind) => groups.find((g) => g.kind === kind)?._count ?? 0;
  return { problems: count("PROBLEM"), suggestions: count("SUGGESTION") };
}

export type DecisionOutcome =
  | {
      ok: true;
      decision: "accept" | "reject" | "duplicate";
      /** Where staff continue: the record to correct, or the draft organization created. */
      open?: { kind: ReportTargetKind; id: number };
    }
  | { ok: false; reason: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; reason: "not-found" | "already-decided" | "duplicate-target" | "draft-refused" };

class Refusal extends Error {
  constructor(readonly reason: "already-decided" | "draft-refused") {
    super(reason);
  }
}

/** The organization draft a suggestion becomes: everything the sender gave, for staff to complete. */
function draftValues(report: ReportRow) {
  const lines = [
    report.message,
    report.proposedRegion && `地区 / Region: ${report.proposedRegion}`,
    report.proposedContact && `联系方式 / Contact: ${report.proposedContact}`,
    `来源：公众建议 #${report.id} / Source: public suggestion #${report.id}`,
  ];
  return {
    slug: `suggested-${report.id}`,
    nameZh: report.proposedName,
    type: "OTHER",
    descriptionZh: lines.filter(Boolean).join("\n\n"),
    website: report.proposedWebsite ?? "",
    isSample: false,
    acceptsDonations: false,
    modes: [],
    regions: [],
  };
}

/**
 * Accepts, rejects (with a reason) or marks a report as a duplicate of another. Only a report still open can be
 * decided. Accepting a suggestion creates a draft organization through the one audited write path, in the same
 * transaction as the decision; accepting a problem points staff to the record's edit form.
 */
export async function decideReport(
  prisma: PrismaClient,
  session: StaffSession | null,
  input: unknown,
): Promise<DecisionOutcome> {
  const staff = requireStaff(session);
  const parsed = reportDecisionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const decision = parsed.data;
  const report = await prisma.publicReport.findUnique({ where: { id: decision.id }, select: reportSelect });
  if (!report) return { ok: false, reason: "not-found" };
  if (report.status !== "NEW") return { ok: false, reason: "already-decided" };
  if (decision.decision === "duplicate") {
    const other = await prisma.publicReport.findUnique({ where: { id: decision.duplicateOf }, select: { id: true } });
    if (!other || other.id === report.id) return { ok: false, reason: "duplicate-target" };
  }

  try {
    const outcome = await prisma.$transaction(async (tx) => {
      let createdOrganizationId: number | null = null;
      if (decision.decision === "accept" && report.kind === "SUGGESTION") {
        const written = await writeRecord(
          prisma,
          staff,
          { kind: "organization", action: "create", values: draftValues(report), state: { status: "DRAFT" } },
          tx,
        );
        if (!written.ok) {
          logger.warn({ event: "report.draft-refused", reportId: report.id, outcome: written }, "draft refused");
          throw new Refusal("draft-refused");
        }
        createdOrganizationId = written.id;
      }
      const data = {
        status: ({ accept: "ACCEPTED", reject: "REJECTED", duplicate: "DUPLICATE" } as const)[decision.decision],
        reason: decision.decision === "reject" ? decision.reason : null,
        duplicateOfId: decision.decision === "duplicate" ? decision.duplicateOf : null,
        createdOrganizationId,
        decidedById: staff.userId,
        decidedAt: new Date(),
      };
      // Decided only if still open: two staff members deciding at once cannot both win.
      const { count } = await tx.publicReport.updateMany({ where: { id: report.id, status: "NEW" }, data });
      if (count === 0) throw new Refusal("already-decided");
      await tx.auditEntry.create({
        data: {
          recordType: REPORT_AUDIT_TYPE,
          recordId: report.id,
          action: decision.decision,
          staffId: staff.userId,
          before: { status: "NEW" },
          after: {
            status: data.status,
            reason: data.reason,
            duplicateOfId: data.duplicateOfId,
            createdOrganizationId,
          },
        },
      });
      const open: { kind: ReportTargetKind; id: number } | undefined =
        createdOrganizationId !== null
          ? { kind: "organization", id: createdOrganizationId }
          : decision.decision === "accept" && report.targetKind && report.targetId
            ? { kind: report.targetKind as ReportTargetKind, id: report.targetId }
            : undefined;
      return { ok: true as const, decision: decision.decision, open };
    });
    // An accepted suggestion adds a (draft) record through the write path, whose cache rule applies here too.
    if (outcome.decision === "accept") changesCommitted();
    return outcome;
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.reason };
    throw error;
  }
}

/** The audit entries of a report's decisions, oldest first. */
export async function reportHistory(prisma: PrismaClient, session: StaffSession | null, id: number) {
  requireStaff(session);
  return prisma.auditEntry.findMany({
    where: { recordType: REPORT_AUDIT_TYPE, recordId: id },
    orderBy: { at: "asc" },
    select: { action: true, at: true, after: true, staff: { select: { name: true } } },
  });
}
