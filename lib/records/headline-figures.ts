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

/** The home page's figures, from published records only (organizations through the filter index), in one query. */
export async function getHeadlineFigures(): Promise<HeadlineFigures> {
  const [row] = await db().$queryRaw<Record<keyof HeadlineFigures, bigint>[]>`
    SELECT
      (SELECT count(*) FROM need WHERE ${isPublic("need")}) AS needs,
      (SELECT count(*) FROM policy WHERE ${isPublic("policy")}) AS policies,
      (SELECT count(*) FROM intervention_mode WHERE ${isPublic("intervention_mode")}) AS modes,
      -- From the filter index's profiles (visible = published and not deleted): a few hundred rows
      -- whatever the number of organizations, where counting the organizations grew with them.
      (SELECT coalesce(sum(organizations), 0) FROM national_profile) AS organizations,
      (SELECT count(DISTINCT province) FROM province_profile) AS provinces`;
  if (!row) throw new Error("headline figures query returned no row");
  return {
    needs: Number(row.needs),
    policies: Number(row.policies),
    modes: Number(row.modes),
    organizations: Number(row.organizations),
    provinces: Number(row.provinces),
  };
}
