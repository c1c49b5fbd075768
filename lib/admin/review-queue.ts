import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ReviewMethod } from "@/lib/generated/prisma/enums";
import { type StaffSession, requireStaff } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { reviewCutoff } from "@/lib/records/review";
import { publicWhere } from "@/lib/records/visibility";
import { type RecordKind, kinds, recordKinds } from "./kinds";

// The staff queue of records due for review: published, not deleted, real (sample records are never verified, they
// are replaced), and last reviewed longer ago than the configured age, or never. Oldest review first.

/** How many due records the queue page lists at once (the counts cover all of them). */
const QUEUE_SHOWN = 200;

/** The queue page's URL contract: an age other than the configured default, and one kind. */
export const reviewQueueParams = z.object({
  months: z.coerce.number<unknown>().int().min(1).max(120).optional().catch(undefined),
  kind: z.enum(recordKinds).optional().catch(undefined),
});

export type DueRecord = {
  kind: RecordKind;
  id: number;
  version: number;
  titleZh: string;
  titleEn: string | null;
  reviewedAt: Date | null;
  reviewMethod: ReviewMethod | null;
  reviewerName: string | null;
};

export type ReviewQueue = {
  months: number;
  cutoff: Date;
  counts: Record<RecordKind, number>;
  total: number;
  records: DueRecord[];
};

/** The age (months) after which a record is due: the page's choice, or REVIEW_DUE_MONTHS (default 12). */
export const defaultReviewMonths = () => env().REVIEW_DUE_MONTHS;

const dueWhere = (cutoff: Date) => ({
  ...publicWhere,
  isSample: false,
  OR: [{ reviewedAt: null }, { reviewedAt: { lt: cutoff } }],
});

/** How many records of each kind are due (the dashboard's counts). */
export async function reviewDueCounts(
  prisma: PrismaClient,
  session: StaffSession | null,
  months: number = defaultReviewMonths(),
  now: Date = new Date(),
): Promise<{ months: number; counts: Record<RecordKind, number>; total: number }> {
  requireStaff(session);
  const where = dueWhere(reviewCutoff(months, now));
  const counts = Object.fromEntries(
    await Promise.all(recordKinds.map(async (kind) => [kind, await kinds[kind].delegate(prisma).count({ where })])),
  ) as Record<RecordKind, number>;
  return { months, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}

/** The due records, never-reviewed first, then oldest review first; ties by kind and id. */
export async function reviewQueue(
  prisma: PrismaClient,
  session: StaffSession | null,
  params: { months?: number; kind?: RecordKind },
  now: Date = new Date(),
): Promise<ReviewQueue> {
  const { months, counts, total } = await reviewDueCounts(prisma, session, params.months ?? undefined, now);
  const cutoff = reviewCutoff(months, now);
  const listed = params.kind ? [params.kind] : recordKinds;
  const perKind = await Promise.all(
    listed.map(async (kind) => {
      const spec = kinds[kind];
      const rows = await spec.delegate(prisma).findMany({
        where: dueWhere(cutoff),
        orderBy: [{ reviewedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
        take: QUEUE_SHOWN,
        select: {
          id: true,
          version: true,
          [spec.titleZh]: true,
          [spec.titleEn]: true,
          reviewedAt: true,
          reviewMethod: true,
          reviewedBy: { select: { name: true } },
        },
      });
      return rows.map((row): DueRecord => ({
        kind,
        id: row.id,
        version: row.version,
        titleZh: String(row[spec.titleZh]),
        titleEn: (row[spec.titleEn] as string | null) ?? null,
        reviewedAt: (row.reviewedAt as Date | null) ?? null,
        reviewMethod: (row.reviewMethod as ReviewMethod | null) ?? null,
        reviewerName: (row.reviewedBy as { name: string } | null)?.name ?? null,
      }));
    }),
  );
  const time = (r: DueRecord) => r.reviewedAt?.getTime() ?? -Infinity;
  const records = perKind
    .flat()
    .sort((a, b) => time(a) - time(b) || recordKinds.indexOf(a.kind) - recordKinds.indexOf(b.kind) || a.id - b.id)
    .slice(0, QUEUE_SHOWN);
  return { months, cutoff, counts, total, records };
}
