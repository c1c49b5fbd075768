import { Prisma } from "@/lib/generated/prisma/client";
import type { ResolvedSearch } from "./resolve";
import { VERIFIED_WITHIN_MONTHS } from "./params";
import { type QueryTerm, queryTerms, toTsQuery } from "./text-query";

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
  terms: QueryTerm[];
};

const TRUE = Prisma.sql`TRUE`;

/**
 * The first instant of the oldest month that still counts as verified: the month (China time) 24 months before
 * this one. Month arithmetic is done on the local calendar so that month ends and leap days do not shift it.
 */
export const freshSince = Prisma.sql`review_month(((now() AT TIME ZONE 'Asia/Shanghai')
  - make_interval(months => ${VERIFIED_WITHIN_MONTHS})) AT TIME ZONE 'Asia/Shanghai')`;

/** Verified recently enough (never verified is -infinity): by calendar month, as the cards show the month. */
export const freshCondition = Prisma.sql`f.reviewed_at >= ${freshSince}`;

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
    // organization_filter's copy of the search vector, through its own text index (decision 052).
    text: tsQuery ? Prisma.sql`f.search_vector @@ ${tsQuery}::tsquery` : TRUE,
    tsQuery,
    terms: queryTerms(params.q),
  };
}

export function allConditions(c: Conditions): Prisma.Sql {
  return Prisma.sql`f.visible AND ${c.text} AND ${c.region} AND ${facetConditions(c)}`;
}

/** Every condition but free text and region (the region drill-down applies its own). */
export function facetConditions(c: Conditions): Prisma.Sql {
  return Prisma.sql`${c.need} AND ${c.mode} AND ${c.type} AND ${c.donations} AND ${c.recognised} AND ${c.fundraising} AND ${c.verified}`;
}
