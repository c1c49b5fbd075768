/**
 * How a need × region cell stands, from the donor's point of view:
 * is some policy responsible for this need, and does any local organization meet it there?
 */
export const coverageClasses = [
  "policy-and-organizations",
  "policy-no-organization",
  "organizations-no-policy",
  "neither",
] as const;
export type CoverageClass = (typeof coverageClasses)[number];

export function classifyCell(hasPolicyCover: boolean, organizations: number): CoverageClass {
  if (hasPolicyCover) return organizations > 0 ? "policy-and-organizations" : "policy-no-organization";
  return organizations > 0 ? "organizations-no-policy" : "neither";
}

/** Organizations per 10,000 children, or null when no (positive) figure is known. */
export function perTenThousand(organizations: number, children: number | null | undefined): number | null {
  if (!children || children <= 0) return null;
  return (organizations / children) * 10_000;
}

/** What the "most underserved" ranking needs to know about a cell. */
export type RankableCell = {
  organizations: number;
  hasPolicyCover: boolean;
  /** Children in the region where a figure is known. */
  children: number | null;
  per10k: number | null;
};

/**
 * Whether the data can place a cell in the ranking: an empty cell needs the number of children in its
 * region, a served cell its organizations per 10,000 children. Without them, cells would only be ordered by
 * need order and region code, which says nothing about need.
 */
export function isRankable(cell: RankableCell): boolean {
  return cell.organizations === 0 ? cell.children !== null && cell.children > 0 : cell.per10k !== null;
}

/** Lower tier ranks first: empty cells before served ones, and among them those no policy covers. */
function tier(cell: RankableCell): number {
  if (cell.organizations === 0) return cell.hasPolicyCover ? 1 : 0;
  return 2;
}

/**
 * The "most underserved" order (docs/decisions/013-most-underserved-ranking.md):
 * 1. empty cells with no policy linked in this directory;
 * 2. empty cells with a linked policy;
 * 3. served cells.
 * Within the empty tiers, cells with a known children figure come first, the most
 * children first. Among served cells, the fewest organizations per 10,000 children
 * first where figures are known, then the fewest organizations, then cells without
 * policy cover. Ties keep the given order (need order, then region code).
 */
export function compareUnderserved(a: RankableCell, b: RankableCell): number {
  const byTier = tier(a) - tier(b);
  if (byTier !== 0) return byTier;
  if (tier(a) < 2) return (b.children ?? -1) - (a.children ?? -1);
  if (a.per10k !== null || b.per10k !== null) {
    if (a.per10k === null) return 1;
    if (b.per10k === null) return -1;
    if (a.per10k !== b.per10k) return a.per10k - b.per10k;
  }
  if (a.organizations !== b.organizations) return a.organizations - b.organizations;
  return Number(a.hasPolicyCover) - Number(b.hasPolicyCover);
}
