import { Prisma } from "@/lib/generated/prisma/client";
import type { ResolvedSearch } from "./resolve";
import { VERIFIED_WITHIN_MONTHS } from "./params";
import { toTsQuery } from "./text-query";

/**
 * Each filter as an SQL condition on "organization_filter f" (see the search
 * migration). Facet counts need each dimension on its own (an option's count
 * uses every other filter), so they are kept apart.
 */
export type Conditions = {
  need: Prisma.Sql;
  mode: Prisma.Sql;
  type: Prisma.Sql;
  region: Prisma.Sql;
  donations: Prisma.Sql;
  recognised: Prisma.Sql;
  fundraising: Prisma.Sql;
  verified: Prisma.Sql;
  /** Free text is not faceted: it always applies. */
  text: Prisma.Sql;
  tsQuery: string | null;
};

const TRUE = Prisma.sql`TRUE`;

/** Verified recently enough: the review date (-infinity when never reviewed) is within the window. */
export const freshCondition = Prisma.sql`f.reviewed_at >= now() - make_interval(months => ${VERIFIED_WITHIN_MONTHS})`;

export function buildConditions(search: ResolvedSearch): Conditions {
  const { params, needMask, modeMask } = search;
  const tsQuery = toTsQuery(params.q);
  return {
    need: needMask
      ? params.match === "all"
        ? Prisma.sql`f.need_mask & ${needMask}::bigint = ${needMask}::bigint`
        : Prisma.sql`f.need_mask & ${needMask}::bigint <> 0`
      : TRUE,
    mode: modeMask ? Prisma.sql`f.mode_mask & ${modeMask}::bigint <> 0` : TRUE,
    type: params.types.length ? Prisma.sql`f.type::text = ANY(${params.types}::text[])` : TRUE,
    region: params.region ? Prisma.sql`f.region_codes @> ARRAY[${params.region}]::text[]` : TRUE,
    donations: params.donations ? Prisma.sql`f.accepts_donations` : TRUE,
    recognised: params.recognised ? Prisma.sql`f.recognised` : TRUE,
    fundraising: params.fundraising ? Prisma.sql`f.fundraising` : TRUE,
    verified: params.verified ? freshCondition : TRUE,
    // The matching ids are collected once (through the text index) and then looked up by primary key.
    text: tsQuery
      ? Prisma.sql`f.organization_id = ANY(ARRAY(SELECT t.id FROM organization t WHERE t.search_vector @@ ${tsQuery}::tsquery))`
      : TRUE,
    tsQuery,
  };
}

export function allConditions(c: Conditions): Prisma.Sql {
  return Prisma.sql`f.visible AND ${c.text} AND ${c.region} AND ${facetConditions(c)}`;
}

/** Every condition but free text and region (the region drill-down applies its own). */
export function facetConditions(c: Conditions): Prisma.Sql {
  return Prisma.sql`${c.need} AND ${c.mode} AND ${c.type} AND ${c.donations} AND ${c.recognised} AND ${c.fundraising} AND ${c.verified}`;
}
