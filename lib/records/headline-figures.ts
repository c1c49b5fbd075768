import "server-only";
import { db } from "@/lib/db/client";
import { isPublic } from "@/lib/records/visibility";

export type HeadlineFigures = {
  needs: number;
  policies: number;
  modes: number;
  organizations: number;
  provinces: number;
};

/** The home page's figures, from published records only, in one query. */
export async function getHeadlineFigures(): Promise<HeadlineFigures> {
  const [row] = await db().$queryRaw<Record<keyof HeadlineFigures, bigint>[]>`
    SELECT
      (SELECT count(*) FROM need WHERE ${isPublic("need")}) AS needs,
      (SELECT count(*) FROM policy WHERE ${isPublic("policy")}) AS policies,
      (SELECT count(*) FROM intervention_mode WHERE ${isPublic("intervention_mode")}) AS modes,
      (SELECT count(*) FROM organization WHERE ${isPublic("organization")}) AS organizations,
      (SELECT count(DISTINCT r.province_code)
         FROM organization_region orr
         JOIN region r ON r.code = orr.region_code
         JOIN organization o ON o.id = orr.organization_id
        WHERE ${isPublic("o")}) AS provinces`;
  if (!row) throw new Error("headline figures query returned no row");
  return {
    needs: Number(row.needs),
    policies: Number(row.policies),
    modes: Number(row.modes),
    organizations: Number(row.organizations),
    provinces: Number(row.provinces),
  };
}
