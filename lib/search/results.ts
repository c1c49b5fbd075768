import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { OrganizationType } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n";
import { type Conditions, allConditions } from "./conditions";
import { PAGE_SIZE } from "./params";
import type { ResolvedSearch } from "./resolve";

export type Named = { slug: string; nameZh: string; nameEn: string | null };

/** One result: the organization, and why it matches (which chosen needs, through which modes). */
export type OrganizationResult = Named & {
  id: number;
  type: OrganizationType;
  isSample: boolean;
  acceptsDonations: boolean;
  childrenServed: number | null;
  reviewedAt: Date | null;
  /** Charity-law dates entered by staff (badges show only these). */
  charityRecognisedOn: Date | null;
  fundraisingQualifiedOn: Date | null;
  regions: { code: string; nameZh: string; nameEn: string | null; provinceZh: string; provinceEn: string | null }[];
  /** Needs met (the chosen ones when needs are chosen, else all), each with the modes that meet it. */
  matches: { need: Named; modes: Named[] }[];
  matchedCount: number;
};

/** ORDER BY clauses that the organization_filter indexes serve (sort keys there are never null). */
function orderBy(search: ResolvedSearch, c: Conditions, locale: Locale): Prisma.Sql {
  const byReview = Prisma.sql`f.reviewed_at DESC, f.organization_id`;
  switch (search.params.sort) {
    case "name":
      return locale === "en" ? Prisma.sql`f.name_en_sort, f.organization_id` : Prisma.sql`f.name_zh, f.organization_id`;
    case "reviewed":
      return byReview;
    case "size":
      return Prisma.sql`f.children_served DESC, f.organization_id`;
    case "match": {
      // With one need chosen every result meets it; the count only orders when there are more.
      const matched =
        search.needIds.length > 1
          ? Prisma.sql`bit_count((f.need_mask & ${search.needMask}::bigint)::bit(64)) DESC,`
          : Prisma.empty;
      // Text matches rank first where the name itself holds the words.
      const nameHit = c.tsQuery ? Prisma.sql`(f.name_vector @@ ${c.tsQuery}::tsquery) DESC,` : Prisma.empty;
      return Prisma.sql`${matched} ${nameHit} ${byReview}`;
    }
  }
}

/** The ids of one page of results, in order. */
export async function pageIds(
  prisma: PrismaClient,
  search: ResolvedSearch,
  c: Conditions,
  locale: Locale,
  page: number,
  pageSize = PAGE_SIZE,
): Promise<number[]> {
  const offset = (page - 1) * pageSize;
  // Ranked text with at most one need: the results whose name holds the words, then the others, each part in
  // review order. Each part is an ordered scan with LIMIT (the review-date index for a common word, the name
  // index for the names), instead of ordering every match of a common word.
  if (search.params.sort === "match" && c.tsQuery && search.needIds.length <= 1) {
    const rows = await prisma.$queryRaw<{ id: number }[]>`
      SELECT id FROM (
        (SELECT f.organization_id AS id, 0 AS part, f.reviewed_at FROM organization_filter f
          WHERE ${allConditions(c)} AND f.name_vector @@ ${c.tsQuery}::tsquery
          ORDER BY f.reviewed_at DESC, f.organization_id LIMIT ${offset + pageSize})
        UNION ALL
        (SELECT f.organization_id, 1, f.reviewed_at FROM organization_filter f
          WHERE ${allConditions(c)} AND NOT (f.name_vector @@ ${c.tsQuery}::tsquery)
          ORDER BY f.reviewed_at DESC, f.organization_id LIMIT ${offset + pageSize})
      ) ranked
      ORDER BY part, reviewed_at DESC, id
      LIMIT ${pageSize} OFFSET ${offset}`;
    return rows.map((r) => r.id);
  }
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT f.organization_id AS id FROM organization_filter f
     WHERE ${allConditions(c)}
     ORDER BY ${orderBy(search, c, locale)}
     LIMIT ${pageSize} OFFSET ${offset}`;
  return rows.map((r) => r.id);
}

const named = { slug: true, nameZh: true, nameEn: true } as const;

/** Loads what the result cards show for the given ids, in a fixed number of queries, keeping their order. */
export async function loadResults(
  prisma: PrismaClient,
  search: ResolvedSearch,
  ids: number[],
): Promise<OrganizationResult[]> {
  if (!ids.length) return [];
  const rows = await prisma.organization.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      ...named,
      type: true,
      isSample: true,
      acceptsDonations: true,
      childrenServed: true,
      reviewedAt: true,
      charityRecognisedOn: true,
      fundraisingQualifiedOn: true,
      regions: { select: { region: { select: { code: true, nameZh: true, nameEn: true, provinceCode: true } } } },
      modes: {
        where: { mode: { status: "PUBLISHED", deletedAt: null } },
        select: { mode: { select: { ...named, sortOrder: true, needs: { select: { needId: true } } } } },
      },
    },
  });
  // Province names come with the search (read once per client), not from another statement.
  const provinces = new Map(search.provinces.map((p) => [p.code, p]));
  const needsById = new Map(search.needs.map((n) => [n.id, n]));
  const chosen = new Set(search.needIds);
  const byId = new Map(rows.map((r) => [r.id, r]));

  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const modesByNeed = new Map<number, Named[]>();
    for (const { mode } of [...row.modes].sort((a, b) => a.mode.sortOrder - b.mode.sortOrder)) {
      for (const { needId } of mode.needs) {
        if (!needsById.has(needId) || (chosen.size && !chosen.has(needId))) continue;
        modesByNeed.set(needId, [
          ...(modesByNeed.get(needId) ?? []),
          { slug: mode.slug, nameZh: mode.nameZh, nameEn: mode.nameEn },
        ]);
      }
    }
    const matches = search.needs
      .filter((n) => modesByNeed.has(n.id))
      .map((n) => ({ need: { slug: n.slug, nameZh: n.nameZh, nameEn: n.nameEn }, modes: modesByNeed.get(n.id)! }));
    return [
      {
        id: row.id,
        slug: row.slug,
        nameZh: row.nameZh,
        nameEn: row.nameEn,
        type: row.type,
        isSample: row.isSample,
        acceptsDonations: row.acceptsDonations,
        childrenServed: row.childrenServed,
        reviewedAt: row.reviewedAt,
        charityRecognisedOn: row.charityRecognisedOn,
        fundraisingQualifiedOn: row.fundraisingQualifiedOn,
        regions: row.regions.map(({ region }) => ({
          code: region.code,
          nameZh: region.nameZh,
          nameEn: region.nameEn,
          provinceZh: provinces.get(region.provinceCode)?.nameZh ?? "",
          provinceEn: provinces.get(region.provinceCode)?.nameEn ?? null,
        })),
        matches,
        matchedCount: chosen.size ? matches.length : 0,
      },
    ];
  });
}
