import type { PrismaClient } from "@/lib/generated/prisma/client";
import { allConditions, buildConditions } from "./conditions";
import type { ResolvedSearch } from "./resolve";

/**
 * How many of the organizations a search counts are sample records, so that a title or link preview that
 * gives the count can say so. One statement: the sample organizations are few (the demo data, until staff
 * replace it), so they are collected first and only they are checked against the filters.
 */
export async function countSampleMatches(prisma: PrismaClient, search: ResolvedSearch): Promise<number> {
  const [row] = await prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM organization_filter f
     WHERE f.organization_id = ANY(ARRAY(SELECT o.id FROM organization o WHERE o.is_sample))
       AND ${allConditions(buildConditions(search))}`;
  return Number(row?.count ?? 0);
}

/** Sample organizations among every organization donors can see (no filter). */
export async function countVisibleSamples(prisma: PrismaClient): Promise<number> {
  const [row] = await prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM organization_filter f
     WHERE f.visible AND f.organization_id = ANY(ARRAY(SELECT o.id FROM organization o WHERE o.is_sample))`;
  return Number(row?.count ?? 0);
}
