import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { RegionLevel } from "@/lib/generated/prisma/enums";
import { type CoverageClass, classifyCell, compareUnderserved, isRankable, perTenThousand } from "./classify";
import type { CoverageQuery } from "./params";
import { isPublic } from "@/lib/records/visibility";

export type RegionRef = { code: string; nameZh: string; nameEn: string | null; level: RegionLevel };

/** The latest need-intensity figure known for a region (left-behind children). */
export type RegionChildrenFigure = {
  value: number;
  year: number;
  sourceZh: string;
  sourceEn: string | null;
  isSample: boolean;
};

export type CoverageColumn = RegionRef & { figure: RegionChildrenFigure | null; drillable: boolean };

export type PolicyRef = { slug: string; titleZh: string; titleEn: string | null; year: number | null };

export type CoverageNeed = { slug: string; nameZh: string; nameEn: string | null; policies: PolicyRef[] };

export type CellMode = { slug: string; nameZh: string; nameEn: string | null; organizations: number };

export type CoverageCell = {
  needSlug: string;
  regionCode: string;
  organizations: number;
  modes: CellMode[];
  /** ISO timestamps of the most and least recently reviewed organization in the cell. */
  newestReview: string | null;
  oldestReview: string | null;
  coverageClass: CoverageClass;
  per10k: number | null;
};

export type NeedSummary = { needSlug: string; organizations: number; regionsServed: number; regionsEmpty: number };

export type RegionSummary = {
  regionCode: string;
  organizations: number;
  needsMet: number;
  gaps: number;
  per10k: number | null;
};

export type CoverageMatrix = {
  /** The region drilled into (null: all provinces), with its ancestors from the province down. */
  scope: RegionRef | null;
  ancestors: RegionRef[];
  /** A region code in the URL that names no region (the view falls back to all provinces). */
  unknownRegion: string | null;
  columnLevel: RegionLevel;
  needs: CoverageNeed[];
  /** Every published need, whatever the need filter, to choose from. */
  allNeeds: { slug: string; nameZh: string; nameEn: string | null }[];
  columns: CoverageColumn[];
  /** cells[needIndex][columnIndex], aligned with needs and columns. */
  cells: CoverageCell[][];
  needSummaries: NeedSummary[];
  regionSummaries: RegionSummary[];
  /** Distinct published organizations in scope meeting any of the shown needs. */
  totalOrganizations: number;
  /** Cells the data can rank (see isRankable), most underserved first; never ordered by region code alone. */
  underserved: CoverageCell[];
  /** Empty cells that cannot be ranked for want of a children figure, by policy cover. */
  unrankedGaps: { neither: number; policyOnly: number };
  gapCount: number;
};

const UNDERSERVED_LIMIT = 10;

type ScopeRow = RegionRef & { provinceCode: string; cityCode: string | null };

/** Where the columns come from and how an organization's region maps to a column. */
function columnPlan(scope: ScopeRow | null) {
  if (!scope) {
    return {
      level: "PROVINCE" as const,
      columns: Prisma.sql`r.level = 'PROVINCE'`,
      inScope: Prisma.sql`TRUE`,
      column: Prisma.sql`r.province_code`,
    };
  }
  if (scope.level === "PROVINCE") {
    return {
      level: "CITY" as const,
      columns: Prisma.sql`r.parent_code = ${scope.code}`,
      inScope: Prisma.sql`r.province_code = ${scope.code}`,
      column: Prisma.sql`r.city_code`,
    };
  }
  if (scope.level === "CITY") {
    return {
      level: "COUNTY" as const,
      columns: Prisma.sql`r.parent_code = ${scope.code}`,
      inScope: Prisma.sql`r.city_code = ${scope.code}`,
      column: Prisma.sql`CASE WHEN r.level = 'COUNTY' THEN r.code END`,
    };
  }
  return {
    level: "COUNTY" as const,
    columns: Prisma.sql`r.code = ${scope.code}`,
    inScope: Prisma.sql`r.code = ${scope.code}`,
    column: Prisma.sql`r.code`,
  };
}

type CellRow = {
  column_code: string | null;
  need_id: number | null;
  mode_id: number | null;
  grouping: number;
  organizations: number;
  newest: Date | null;
  oldest: Date | null;
};

// GROUPING(column, need, mode) bit masks: a set bit means "aggregated over".
const BY_CELL = 1;
const BY_CELL_AND_MODE = 0;
const BY_NEED = 5;
const BY_COLUMN = 3;
const TOTAL = 7;

/**
 * The need × region matrix for a view, in five queries whatever the number of
 * regions and needs. Counts are distinct published organizations that run a
 * published mode meeting a published need, and work in the column's region or
 * anywhere inside it.
 */
export async function loadCoverageMatrix(prisma: PrismaClient, query: CoverageQuery): Promise<CoverageMatrix> {
  const scopeRows = query.region
    ? await prisma.$queryRaw<(ScopeRow & { isScope: boolean })[]>`
        SELECT a.code, a.name_zh AS "nameZh", a.name_en AS "nameEn", a.level::text AS level,
               a.province_code AS "provinceCode", a.city_code AS "cityCode", a.code = s.code AS "isScope"
          FROM region s
          JOIN region a ON a.code IN (s.code, s.province_code, s.city_code)
         WHERE s.code = ${query.region}
         ORDER BY a.level`
    : [];
  const scope = scopeRows.find((r) => r.isScope) ?? null;
  const plan = columnPlan(scope);

  const columnRows = await prisma.$queryRaw<(RegionRef & { figure: RegionChildrenFigure | null })[]>`
    SELECT r.code, r.name_zh AS "nameZh", r.name_en AS "nameEn", r.level::text AS level,
           (SELECT json_build_object('value', f.value, 'year', f.year, 'sourceZh', f.source_zh, 'sourceEn', f.source_en, 'isSample', f.is_sample)
              FROM region_figure f
             WHERE f.region_code = r.code AND f.indicator = 'LEFT_BEHIND_CHILDREN'
             ORDER BY f.year DESC LIMIT 1) AS figure
      FROM region r
     WHERE ${plan.columns}
     ORDER BY r.code`;

  const needRows = await prisma.$queryRaw<(CoverageNeed & { id: number })[]>`
    SELECT n.id, n.slug, n.name_zh AS "nameZh", n.name_en AS "nameEn",
           coalesce((SELECT json_agg(json_build_object('slug', p.slug, 'titleZh', p.title_zh, 'titleEn', p.title_en, 'year', p.year) ORDER BY p.year NULLS LAST, p.slug)
                       FROM policy_need pn JOIN policy p ON p.id = pn.policy_id
                      WHERE pn.need_id = n.id AND ${isPublic("p")}), '[]'::json) AS policies
      FROM need n
     WHERE ${isPublic("n")}
     ORDER BY n.sort_order, n.id`;
  const needs = query.need.length ? needRows.filter((n) => query.need.includes(n.slug)) : needRows;

  const modes = await prisma.$queryRaw<{ id: number; slug: string; nameZh: string; nameEn: string | null }[]>`
    SELECT m.id, m.slug, m.name_zh AS "nameZh", m.name_en AS "nameEn" FROM intervention_mode m
     WHERE ${isPublic("m")} ORDER BY m.sort_order, m.id`;

  const cellRows = needs.length
    ? await prisma.$queryRaw<CellRow[]>`
        WITH org_need AS (
          SELECT om.organization_id, om.mode_id, mn.need_id
            FROM organization_mode om
            JOIN organization o ON o.id = om.organization_id AND ${isPublic("o")}
            JOIN intervention_mode m ON m.id = om.mode_id AND ${isPublic("m")}
            JOIN mode_need mn ON mn.mode_id = om.mode_id
           WHERE mn.need_id IN (${Prisma.join(needs.map((n) => n.id))})
        ), org_column AS (
          SELECT DISTINCT orr.organization_id, ${plan.column} AS column_code
            FROM organization_region orr JOIN region r ON r.code = orr.region_code
           WHERE ${plan.inScope}
        )
        SELECT oc.column_code, onn.need_id, onn.mode_id,
               GROUPING(oc.column_code, onn.need_id, onn.mode_id)::int AS grouping,
               count(DISTINCT onn.organization_id)::int AS organizations,
               max(o.reviewed_at) AS newest, min(o.reviewed_at) AS oldest
          FROM org_need onn
          JOIN org_column oc ON oc.organization_id = onn.organization_id
          JOIN organization o ON o.id = onn.organization_id
         GROUP BY GROUPING SETS ((oc.column_code, onn.need_id), (oc.column_code, onn.need_id, onn.mode_id), (onn.need_id), (oc.column_code), ())`
    : [];

  const allNeeds = needRows.map(({ slug, nameZh, nameEn }) => ({ slug, nameZh, nameEn }));
  return { ...assemble({ query, scopeRows, scope, level: plan.level, columnRows, needs, modes, cellRows }), allNeeds };
}

function assemble(input: {
  query: CoverageQuery;
  scopeRows: ScopeRow[];
  scope: ScopeRow | null;
  level: RegionLevel;
  columnRows: (RegionRef & { figure: RegionChildrenFigure | null })[];
  needs: (CoverageNeed & { id: number })[];
  modes: { id: number; slug: string; nameZh: string; nameEn: string | null }[];
  cellRows: CellRow[];
}): Omit<CoverageMatrix, "allNeeds"> {
  const { query, scope, level, columnRows, needs, modes, cellRows } = input;
  const modeById = new Map(modes.map((m) => [m.id, m]));
  const key = (column: string | null, need: number | null) => `${column}|${need}`;
  const cellAggregates = new Map<string, CellRow>();
  const cellModes = new Map<string, CellMode[]>();
  const needTotals = new Map<number, number>();
  const columnTotals = new Map<string, number>();
  let totalOrganizations = 0;
  for (const row of cellRows) {
    if (row.grouping === BY_CELL && row.column_code) cellAggregates.set(key(row.column_code, row.need_id), row);
    else if (row.grouping === BY_CELL_AND_MODE && row.column_code) {
      const mode = modeById.get(row.mode_id!);
      if (!mode) continue;
      const list = cellModes.get(key(row.column_code, row.need_id)) ?? [];
      list.push({ slug: mode.slug, nameZh: mode.nameZh, nameEn: mode.nameEn, organizations: row.organizations });
      cellModes.set(key(row.column_code, row.need_id), list);
    } else if (row.grouping === BY_NEED) needTotals.set(row.need_id!, row.organizations);
    else if (row.grouping === BY_COLUMN && row.column_code) columnTotals.set(row.column_code, row.organizations);
    else if (row.grouping === TOTAL) totalOrganizations = row.organizations;
  }

  const modeOrder = new Map(modes.map((m, i) => [m.slug, i]));
  const columns: CoverageColumn[] = columnRows.map((c) => ({ ...c, drillable: c.level !== "COUNTY" }));
  const cells = needs.map((need) =>
    columns.map((column): CoverageCell => {
      const aggregate = cellAggregates.get(key(column.code, need.id));
      const organizations = aggregate?.organizations ?? 0;
      return {
        needSlug: need.slug,
        regionCode: column.code,
        organizations,
        modes: (cellModes.get(key(column.code, need.id)) ?? []).sort(
          (a, b) => b.organizations - a.organizations || modeOrder.get(a.slug)! - modeOrder.get(b.slug)!,
        ),
        newestReview: aggregate?.newest ? new Date(aggregate.newest).toISOString() : null,
        oldestReview: aggregate?.oldest ? new Date(aggregate.oldest).toISOString() : null,
        coverageClass: classifyCell(need.policies.length > 0, organizations),
        per10k: perTenThousand(organizations, column.figure?.value),
      };
    }),
  );

  const needSummaries = needs.map((need, i) => {
    const served = cells[i]!.filter((c) => c.organizations > 0).length;
    return {
      needSlug: need.slug,
      organizations: needTotals.get(need.id) ?? 0,
      regionsServed: served,
      regionsEmpty: columns.length - served,
    };
  });
  const regionSummaries = columns.map((column, j) => {
    const organizations = columnTotals.get(column.code) ?? 0;
    const needsMet = cells.filter((row) => row[j]!.organizations > 0).length;
    return {
      regionCode: column.code,
      organizations,
      needsMet,
      gaps: needs.length - needsMet,
      per10k: perTenThousand(organizations, column.figure?.value),
    };
  });

  const order = sortColumns(query.sort, columns, regionSummaries);
  const sortedColumns = order.map((j) => columns[j]!);
  const sortedCells = cells.map((row) => order.map((j) => row[j]!));
  const sortedRegionSummaries = order.map((j) => regionSummaries[j]!);

  const figureOf = new Map(columns.map((c) => [c.code, c.figure?.value ?? null]));
  const policyCovered = new Set(needs.filter((n) => n.policies.length > 0).map((n) => n.slug));
  const underservedCandidates = cells
    .flat()
    .map((cell) => ({
      cell,
      rank: {
        organizations: cell.organizations,
        hasPolicyCover: policyCovered.has(cell.needSlug),
        children: figureOf.get(cell.regionCode) ?? null,
        per10k: cell.per10k,
      },
    }))
    .filter(({ rank }) => isRankable(rank));
  const unranked = cells.flat().filter((cell) => cell.organizations === 0 && !(figureOf.get(cell.regionCode) ?? 0));
  const unrankedGaps = {
    neither: unranked.filter((cell) => !policyCovered.has(cell.needSlug)).length,
    policyOnly: unranked.filter((cell) => policyCovered.has(cell.needSlug)).length,
  };
  const ranked = underservedCandidates
    .sort((a, b) => compareUnderserved(a.rank, b.rank))
    .slice(0, UNDERSERVED_LIMIT)
    .map((entry) => entry.cell);

  const ancestors = input.scopeRows.map(({ code, nameZh, nameEn, level: l }) => ({ code, nameZh, nameEn, level: l }));
  return {
    scope: scope ? { code: scope.code, nameZh: scope.nameZh, nameEn: scope.nameEn, level: scope.level } : null,
    ancestors,
    unknownRegion: query.region && !scope ? query.region : null,
    columnLevel: level,
    needs: needs.map(({ id: _id, ...need }) => need),
    columns: sortedColumns,
    cells: sortedCells,
    needSummaries,
    regionSummaries: sortedRegionSummaries,
    totalOrganizations,
    underserved: ranked,
    unrankedGaps,
    gapCount: cells.flat().filter((c) => c.organizations === 0).length,
  };
}

/** Column order for the sort chosen in the URL; ties fall back to region code. */
function sortColumns(sort: CoverageQuery["sort"], columns: CoverageColumn[], summaries: RegionSummary[]): number[] {
  const indexes = columns.map((_, j) => j);
  const byCode = (a: number, b: number) => columns[a]!.code.localeCompare(columns[b]!.code);
  const compare: Record<CoverageQuery["sort"], (a: number, b: number) => number> = {
    region: byCode,
    fewest: (a, b) => summaries[a]!.organizations - summaries[b]!.organizations || byCode(a, b),
    gaps: (a, b) => summaries[b]!.gaps - summaries[a]!.gaps || byCode(a, b),
    per10k: (a, b) => {
      const x = summaries[a]!.per10k;
      const y = summaries[b]!.per10k;
      if (x === null || y === null) return x === y ? byCode(a, b) : x === null ? 1 : -1;
      return x - y || byCode(a, b);
    },
  };
  return indexes.sort(compare[sort]);
}
