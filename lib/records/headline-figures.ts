import "server-only";
import { db } from "@/lib/db/client";

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
      (SELECT count(*) FROM need WHERE status = 'PUBLISHED' AND deleted_at IS NULL) AS needs,
      (SELECT count(*) FROM policy WHERE status = 'PUBLISHED' AND deleted_at IS NULL) AS policies,
      (SELECT count(*) FROM intervention_mode WHERE status = 'PUBLISHED' AND deleted_at IS NULL) AS modes,
      (SELECT count(*) FROM organization WHERE status = 'PUBLISHED' AND deleted_at IS NULL) AS organizations,
      (SELECT count(DISTINCT r.province_code)
         FROM organization_region orr
         JOIN region r ON r.code = orr.region_code
         JOIN organization o ON o.id = orr.organization_id
        WHERE o.status = 'PUBLISHED' AND o.deleted_at IS NULL) AS provinces`;
  if (!row) throw new Error("headline figures query returned no row");
  return {
    needs: Number(row.needs),
    policies: Number(row.policies),
    modes: Number(row.modes),
    organizations: Number(row.organizations),
    provinces: Number(row.provinces),
  };
}
