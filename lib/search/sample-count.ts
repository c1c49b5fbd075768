import type { PrismaClient } from "@/lib/generated/prisma/client";
import { allConditions, buildConditions } from "./conditions";
import type { ResolvedSearch } from "./resolve";

/** Sample organizations among every organization donors can see, and how many those are. */
export type SampleShare = { samples: number; visible: number };

export async function countSampleShare(prisma: PrismaClient): Promise<SampleShare> {
  const [row] = await prisma.$queryRaw<{ samples: bigint; visible: bigint }[]>`
    SELECT count(*) FILTER (WHERE o.is_sample) AS samples, count(*) AS visible
      FROM organization_filter f JOIN organization o ON o.id = f.organization_id
     WHERE f.visible`;
  return { samples: Number(row?.samples ?? 0), visible: Number(row?.visible ?? 0) };
}

/**
 * How many of the organizations a search counts are sample records, so that a title or link preview that
 * gives the count can say so. Most directories are all real records (none to count) or all demo data (every
 * match is one), and the share says which without touching the matches; only a mix is counted, by joining the
 * matches to their records. (An earlier form compared every match against an array of all sample ids: on a
 * directory of 100,000 samples one results page took over 40 s.)
 */
export async function sampleMatches(total: number, share: SampleShare, count: () => Promise<number>): Promise<number> {
  if (total === 0 || share.samples === 0) return 0;
  if (share.samples === share.visible) return total;
  return count();
}

/** The counting step of `sampleMatches`: the search's matches that are sample records, in one statement. */
export async function countSampleMatches(prisma: PrismaClient, search: ResolvedSearch): Promise<number> {
  const [row] = await prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM organization_filter f JOIN organization o ON o.id = f.organization_id
     WHERE o.is_sample AND ${allConditions(buildConditions(search))}`;
  return Number(row?.count ?? 0);
}
