import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type StaffSession, requireStaff } from "@/lib/auth/roles";
import { type RecordKind, kinds } from "./kinds";
import { type RecordSnapshot, loadSnapshot } from "./snapshot";

export const PAGE_SIZE = 20;

/** The list page's URL contract: search, filters, sort and page. */
export const listParamsSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  status: z.enum(["all", "draft", "published", "deleted"]).catch("all"),
  filter: z.string().max(40).catch(""),
  sort: z.enum(["updated", "title", "reviewed"]).catch("updated"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number<unknown>().int().min(1).max(10_000).catch(1),
});
export type ListParams = z.infer<typeof listParamsSchema>;

export type ListRow = {
  id: number;
  titleZh: string;
  titleEn: string | null;
  status: string;
  deleted: boolean;
  reviewedAt: string | null;
  updatedAt: string;
  version: number;
};

export async function listRecords(
  prisma: PrismaClient,
  session: StaffSession | null,
  kind: RecordKind,
  params: ListParams,
) {
  requireStaff(session);
  const spec = kinds[kind];
  const where: Record<string, unknown> = {};
  if (params.status === "deleted") where.deletedAt = { not: null };
  else {
    where.deletedAt = null;
    if (params.status !== "all") where.status = params.status.toUpperCase();
  }
  if (spec.filter && spec.filter.options.includes(params.filter)) where[spec.filter.name] = params.filter;
  if (params.q) where.OR = spec.searchable.map((name) => ({ [name]: { contains: params.q, mode: "insensitive" } }));
  const orderColumn = params.sort === "title" ? spec.titleZh : params.sort === "reviewed" ? "reviewedAt" : "updatedAt";
  const delegate = spec.delegate(prisma);
  const [total, rows] = await Promise.all([
    delegate.count({ where }),
    delegate.findMany({
      where,
      orderBy: [
        { [orderColumn]: params.sort === "reviewed" ? { sort: params.dir, nulls: "first" } : params.dir },
        { id: "asc" },
      ],
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        [spec.titleZh]: true,
        [spec.titleEn]: true,
        status: true,
        deletedAt: true,
        reviewedAt: true,
        updatedAt: true,
        version: true,
      },
    }),
  ]);
  const list: ListRow[] = rows.map((row) => ({
    id: row.id,
    titleZh: String(row[spec.titleZh]),
    titleEn: (row[spec.titleEn] as string | null) ?? null,
    status: String(row.status),
    deleted: row.deletedAt !== null,
    reviewedAt: row.reviewedAt instanceof Date ? row.reviewedAt.toISOString() : null,
    updatedAt: (row.updatedAt as Date).toISOString(),
    version: row.version,
  }));
  return { total, rows: list, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export type RecordDetail = RecordSnapshot & { reviewerName: string | null; incomingLinks: number };

export async function getRecord(
  prisma: PrismaClient,
  session: StaffSession | null,
  kind: RecordKind,
  id: number,
): Promise<RecordDetail | null> {
  requireStaff(session);
  const snapshot = await loadSnapshot(prisma, kind, id);
  if (!snapshot) return null;
  const [reviewer, incomingLinks] = await Promise.all([
    snapshot.reviewedById
      ? prisma.staffUser.findUnique({ where: { id: snapshot.reviewedById }, select: { name: true } })
      : null,
    kinds[kind].incomingLinks(prisma, id),
  ]);
  return { ...snapshot, reviewerName: reviewer?.name ?? null, incomingLinks };
}

export type HistoryEntry = {
  id: number;
  action: string;
  at: string;
  staffName: string | null;
  before: RecordSnapshot | null;
  after: RecordSnapshot | null;
};

export async function recordHistory(
  prisma: PrismaClient,
  session: StaffSession | null,
  kind: RecordKind,
  id: number,
): Promise<HistoryEntry[]> {
  requireStaff(session);
  const entries = await prisma.auditEntry.findMany({
    where: { recordType: kind, recordId: id },
    orderBy: { id: "desc" },
    take: 200,
    select: { id: true, action: true, at: true, before: true, after: true, staff: { select: { name: true } } },
  });
  return entries.map((e) => ({
    id: e.id,
    action: e.action,
    at: e.at.toISOString(),
    staffName: e.staff?.name ?? null,
    before: e.before as RecordSnapshot | null,
    after: e.after as RecordSnapshot | null,
  }));
}

export type LinkChoices = {
  needs: { id: number; nameZh: string; nameEn: string | null }[];
  modes: { id: number; nameZh: string; nameEn: string | null }[];
};

/** The records a form can link to (not deleted), by Chinese name order. */
export async function linkChoices(prisma: PrismaClient, session: StaffSession | null): Promise<LinkChoices> {
  requireStaff(session);
  const select = { id: true, nameZh: true, nameEn: true } as const;
  const [needs, modes] = await Promise.all([
    prisma.need.findMany({ where: { deletedAt: null }, select, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
    prisma.interventionMode.findMany({
      where: { deletedAt: null },
      select,
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
  ]);
  return { needs, modes };
}

export type RegionOption = { code: string; nameZh: string };

/**
 * What the region picker needs first: the provinces, and the full names of the regions already chosen.
 * Cities and counties are fetched on demand (regionChildren), so the form does not ship the whole tree.
 */
export async function regionPickerStart(
  prisma: PrismaClient,
  session: StaffSession | null,
  chosen: string[],
): Promise<{ provinces: RegionOption[]; names: Record<string, string> }> {
  requireStaff(session);
  const provinces = await prisma.region.findMany({
    where: { parentCode: null },
    select: { code: true, nameZh: true },
    orderBy: { code: "asc" },
  });
  // Each region and its ancestors, walked up a level per query (at most three levels).
  const known = new Map<string, { nameZh: string; parentCode: string | null }>();
  let wanted = [...new Set(chosen)];
  while (wanted.length > 0) {
    const rows = await prisma.region.findMany({
      where: { code: { in: wanted } },
      select: { code: true, nameZh: true, parentCode: true },
    });
    for (const row of rows) known.set(row.code, row);
    wanted = rows.flatMap((r) => (r.parentCode && !known.has(r.parentCode) ? [r.parentCode] : []));
  }
  const fullName = (code: string): string => {
    const names: string[] = [];
    for (let r = known.get(code); r; r = r.parentCode ? known.get(r.parentCode) : undefined) names.unshift(r.nameZh);
    return names.join(" ") || code;
  };
  return { provinces, names: Object.fromEntries(chosen.map((code) => [code, fullName(code)])) };
}

/** The regions directly inside one region, for the picker's next level. */
export async function regionChildren(
  prisma: PrismaClient,
  session: StaffSession | null,
  parentCode: string,
): Promise<RegionOption[]> {
  requireStaff(session);
  return prisma.region.findMany({
    where: { parentCode },
    select: { code: true, nameZh: true },
    orderBy: { code: "asc" },
  });
}
