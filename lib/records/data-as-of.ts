import "server-only";
import { cachedPublicData } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { publicWhere } from "./visibility";

/**
 * The site-wide "data as of" date: the latest moment a published record was published, edited or reviewed (each of
 * these writes moves its updated_at, through the one write path), across the four kinds. Null on an empty directory.
 */
export async function loadDataAsOf(prisma: PrismaClient): Promise<Date | null> {
  const query = { where: publicWhere, _max: { updatedAt: true, reviewedAt: true } } as const;
  const latest = await Promise.all([
    prisma.need.aggregate(query),
    prisma.policy.aggregate(query),
    prisma.interventionMode.aggregate(query),
    prisma.organization.aggregate(query),
  ]);
  const times = latest
    .flatMap((r) => [r._max.updatedAt, r._max.reviewedAt])
    .filter((d): d is Date => d instanceof Date)
    .map((d) => d.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/**
 * Every page's footer shows it, and its four aggregates read every published organization: from the public data
 * cache, which every staff write empties (decision 044), so the date is as fresh as the pages' own data.
 */
export const getDataAsOf = cachedPublicData("data-as-of", () => loadDataAsOf(db()));
