import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type FieldErrors, fieldErrorsOf } from "@/lib/forms/field-errors";
import { logger } from "@/lib/log/logger";
import { consumeRateLimit } from "@/lib/rate-limit";
import { publicWhere } from "@/lib/records/visibility";
import type { ReportTargetKind } from "./limits";
import { HONEYPOT_FIELD, problemReportSchema, suggestionReportSchema } from "./schemas";

/** Reports one client may send: enough for a careful person, too few to flood the queue. */
export const reportRate = { limit: 10, windowMs: 60 * 60 * 1000 };

export type SubmitOutcome =
  | { ok: true }
  | { ok: false; reason: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number }
  | { ok: false; reason: "unknown-target" };

type Raw = Record<string, unknown>;

/** The published record a problem is reported on, by its public slug. */
export async function findReportTarget(
  prisma: PrismaClient,
  kind: ReportTargetKind,
  slug: string,
): Promise<{ id: number; nameZh: string; nameEn: string | null } | null> {
  const where = { slug, ...publicWhere };
  const select = { id: true } as const;
  switch (kind) {
    case "need":
      return prisma.need.findFirst({ where, select: { ...select, nameZh: true, nameEn: true } });
    case "mode":
      return prisma.interventionMode.findFirst({ where, select: { ...select, nameZh: true, nameEn: true } });
    case "organization":
      return prisma.organization.findFirst({ where, select: { ...select, nameZh: true, nameEn: true } });
    case "policy": {
      const policy = await prisma.policy.findFirst({ where, select: { ...select, titleZh: true, titleEn: true } });
      return policy && { id: policy.id, nameZh: policy.titleZh, nameEn: policy.titleEn };
    }
  }
}

/**
 * Stores a report from the public, or says why not. Nothing is published: the report waits in the staff queue.
 * A filled honeypot looks like success to the sender and stores nothing; valid reports and honeypot hits count
 * against the client's limit (a form sent back with errors does not).
 */
export async function submitReport(
  prisma: PrismaClient,
  form: "problem" | "suggestion",
  input: Raw,
  clientKey: string,
): Promise<SubmitOutcome> {
  const honeypot = input[HONEYPOT_FIELD];
  if (typeof honeypot === "string" && honeypot.trim() !== "") {
    await consumeRateLimit(prisma, `report:${clientKey}`, reportRate);
    logger.warn({ event: "report.honeypot", form }, "public report dropped: honeypot field filled");
    return { ok: true };
  }
  const parsed = form === "problem" ? problemReportSchema.safeParse(input) : suggestionReportSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };

  const limit = await consumeRateLimit(prisma, `report:${clientKey}`, reportRate);
  if (!limit.allowed) {
    logger.info({ event: "report.rate-limited", form }, "public report refused: rate limit");
    return { ok: false, reason: "rate-limited", retryAfterSeconds: Math.ceil(limit.retryAfterMs / 1000) };
  }

  if ("targetKind" in parsed.data) {
    const { targetKind, targetSlug, locale, message, contactEmail } = parsed.data;
    const target = await findReportTarget(prisma, targetKind, targetSlug);
    if (!target) return { ok: false, reason: "unknown-target" };
    const report = await prisma.publicReport.create({
      data: { kind: "PROBLEM", targetKind, targetId: target.id, locale, message, contactEmail },
      select: { id: true },
    });
    logger.info({ event: "report.received", kind: "problem", reportId: report.id }, "public report received");
  } else {
    const report = await prisma.publicReport.create({
      data: { kind: "SUGGESTION", ...parsed.data },
      select: { id: true },
    });
    logger.info({ event: "report.received", kind: "suggestion", reportId: report.id }, "public report received");
  }
  return { ok: true };
}
