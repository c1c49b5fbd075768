import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { provinceBit } from "@/lib/domain/identifiers";
import { type Conditions, facetConditions, freshCondition, freshSince } from "./conditions";
import { type ResolvedSearch, bit } from "./resolve";
import { otherWordsQuery, tsQueryOf } from "./text-query";

export type FacetCounts = {
  total: number;
  /** How many there would be with each yes/no filter on (and every other filter as it is). */
  donations: number;
  recognised: number;
  fundraising: number;
  verified: number;
  /** By need id, mode id, type, province code and child region code. */
  needs: Map<number, number>;
  modes: Map<number, number>;
  types: Map<string, number>;
  /** Organizations per province, with every filter but the region. */
  provinces: Map<string, number>;
  /** Organizations per city (or county) inside the selected region. */
  subregions: Map<string, number>;
};

/** Organizations that share the same filter values, and how many there are. */
type Profile = {
  need_mask: bigint;
  mode_mask: bigint;
  type: string;
  accepts_donations: boolean;
  province_mask: bigint;
  recognised: boolean;
  fundraising: boolean;
  /** Verified within the window of `verified=24m`. */
  fresh: boolean;
  weight: bigint | number;
};

/** The LIKE pattern of the regions one level below `code` (GB/T 2260 codes nest by prefix). */
function childPattern(code: string): string | null {
  if (code.endsWith("0000")) return `${code.slice(0, 2)}__00`;
  if (code.endsWith("00")) return `${code.slice(0, 4)}__`;
  return null;
}

const profileColumns = Prisma.sql`f.need_mask, f.mode_mask, f.type::text AS type, f.accepts_donations, f.province_mask,
  f.recognised, f.fundraising, ${freshCondition} AS fresh`;

/** Profiles of the visible organizations matching `where`, grouped in the database. */
function profilesWhere(prisma: PrismaClient, where: Prisma.Sql): Promise<Profile[]> {
  return prisma.$queryRaw<Profile[]>`
    SELECT ${profileColumns}, count(*) AS weight FROM organization_filter f
     WHERE f.visible AND ${where} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;
}

/** Profiles read from a stored profile table are all counted as verified until the stale ones are moved. */
const storedColumns = Prisma.sql`need_mask, mode_mask, type::text AS type, accepts_donations, recognised, fundraising,
  TRUE AS fresh, organizations AS weight`;

/**
 * The stored profiles count every organization as verified; "verified within 24 months" changes as time
 * passes without a write, so the organizations verified before the window (review_profile's rows before its
 * first month: a few profile rows per month, never the organizations) are moved from the fresh side to the
 * stale side (decision 042).
 */
function staleProfiles(prisma: PrismaClient): Promise<Profile[]> {
  return prisma.$queryRaw<Profile[]>`
    SELECT need_mask, mode_mask, type::text AS type, accepts_donations, province_mask, recognised, fundraising,
           FALSE AS fresh, sum(organizations) AS weight
      FROM review_profile WHERE review_month < ${freshSince} GROUP BY 1, 2, 3, 4, 5, 6, 7`;
}

/**
 * The profiles of the organizations matching free text (decision 052). When every term's lexeme is profiled
 * (common), the counts start from the profile of the rarest one, L: lexeme_profile's rows, with the
 * organizations verified before the window moved to the stale side from lexeme_review_profile's older months;
 * then the organizations that hold L but not the other terms are taken off (for 安全教育 = 安全 & 全教 & 教育,
 * those with 全教 outside 安全教育: few, and found through the text index without reading the others), and for a
 * Latin prefix the organizations that match only through a longer word ("readings", not "reading") are added.
 * When a term is rare, its short posting list finds the matching organizations, which are grouped.
 */
async function textProfiles(prisma: PrismaClient, c: Conditions): Promise<Profile[]> {
  const profiled = await prisma.$queryRaw<{ lexeme: string; organizations: number }[]>`
    SELECT lexeme, organizations FROM profiled_lexeme WHERE lexeme = ANY(${c.terms.map((t) => t.lexeme)}::text[])`;
  const frequency = new Map(profiled.map((p) => [p.lexeme, p.organizations]));
  if (!c.terms.length || !c.terms.every((t) => frequency.has(t.lexeme))) return profilesWhere(prisma, c.text);
  const base = c.terms.reduce((a, b) => (frequency.get(b.lexeme)! < frequency.get(a.lexeme)! ? b : a));
  const others = c.terms.filter((t) => t !== base);
  const othersQuery = others.length ? tsQueryOf(others) : null;
  const lexeme = base.lexeme;
  const rowsMatching = (query: string, sign: "" | "-") => Prisma.sql`
    SELECT ${profileColumns}, ${Prisma.raw(sign)}count(*) AS weight FROM organization_filter f
     WHERE f.visible AND f.search_vector @@ ${query}::tsquery
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;
  const prefixOnly = otherWordsQuery(base);
  return prisma.$queryRaw<Profile[]>`
    SELECT need_mask, mode_mask, type::text AS type, accepts_donations, province_mask, recognised, fundraising,
           TRUE AS fresh, organizations::bigint AS weight
      FROM lexeme_profile WHERE lexeme = ${lexeme}
    UNION ALL
    SELECT need_mask, mode_mask, type::text, accepts_donations, province_mask, recognised, fundraising, fresh,
           CASE WHEN fresh THEN -weight ELSE weight END
      FROM (SELECT need_mask, mode_mask, type, accepts_donations, province_mask, recognised, fundraising,
                   sum(organizations)::bigint AS weight
              FROM lexeme_review_profile WHERE lexeme = ${lexeme} AND review_month < ${freshSince}
             GROUP BY 1, 2, 3, 4, 5, 6, 7) stale, (VALUES (TRUE), (FALSE)) AS side(fresh)
    ${othersQuery ? Prisma.sql`UNION ALL ${rowsMatching(`'${lexeme}' & !(${othersQuery})`, "-")}` : Prisma.empty}
    ${
      prefixOnly
        ? Prisma.sql`UNION ALL ${rowsMatching(othersQuery ? `${prefixOnly} & ${othersQuery}` : prefixOnly, "")}`
        : Prisma.empty
    }`;
}

const withStale = (stored: Profile[], stale: Profile[]) => [
  ...stored,
  ...stale.flatMap((p) => [p, { ...p, fresh: true, weight: -Number(p.weight) }]),
];

/**
 * The total and every facet's counts. Without free text they come from the
 * stored profiles, whose size follows the number of filter combinations, not
 * of organizations: national_profile without a region, province_profile for a
 * province and for the province counts (summed in the database). With free
 * text, or a region below province level, the matching organizations are
 * grouped the same way; the drill-down into a region reads its organizations
 * through the region index (decision 042).
 */
export async function countFacets(
  prisma: PrismaClient,
  search: ResolvedSearch,
  c: Conditions,
  /** False when nobody shows the verified count (the home page): the stale organizations are then not read. */
  countVerified = true,
): Promise<FacetCounts> {
  const { params, needMask, modeMask } = search;
  const region = params.region;
  const provinceLevel = region?.endsWith("0000") ?? false;
  const regionBit = region && provinceLevel ? provinceBit(region) : null;
  const children = region ? childPattern(region) : null;
  const text = c.tsQuery !== null;

  const [byText, stale, stored, inSubregion, provinceSums, subregionRows] = await Promise.all([
    text ? textProfiles(prisma, c) : null,
    text || !(countVerified || params.verified) ? [] : staleProfiles(prisma),
    text || (region && !provinceLevel)
      ? null
      : regionBit === null
        ? prisma.$queryRaw<Profile[]>`SELECT ${storedColumns}, 0::bigint AS province_mask FROM national_profile`
        : prisma.$queryRaw<Profile[]>`
            SELECT ${storedColumns}, ${bit(regionBit)}::bigint AS province_mask FROM province_profile WHERE province = ${regionBit}`,
    region && !provinceLevel ? profilesWhere(prisma, Prisma.sql`${c.text} AND ${c.region}`) : null,
    text
      ? null
      : prisma.$queryRaw<{ province: number; count: bigint }[]>`
          SELECT province, sum(organizations) AS count FROM province_profile f
           WHERE ${c.need} AND ${c.mode} AND ${c.type} AND ${c.donations} AND ${c.recognised} AND ${c.fundraising}
           GROUP BY province`,
    // A province's cities are summed from city_profile; with free text or verified=24m (which no stored
    // profile holds by city), and below city level, the region's organizations are counted.
    children && provinceLevel && !text && !params.verified
      ? prisma.$queryRaw<{ code: string; count: bigint }[]>`
          SELECT city AS code, sum(organizations) AS count FROM city_profile f
           WHERE city LIKE ${children} AND ${c.need} AND ${c.mode} AND ${c.type} AND ${c.donations}
             AND ${c.recognised} AND ${c.fundraising}
           GROUP BY city`
      : children
        ? prisma.$queryRaw<{ code: string; count: bigint }[]>`
          SELECT code, count(*) FROM organization_filter f, unnest(f.region_codes) AS code
           WHERE f.visible AND ${c.text} AND ${c.region} AND ${facetConditions(c)}
             AND code LIKE ${children} AND code <> ${region}
           GROUP BY code`
        : [],
  ]);
  const staleHere = regionBit === null ? stale : stale.filter((p) => p.province_mask & bit(regionBit));
  // The profiles of the organizations inside the region (or everywhere), and whether the region still applies.
  const rows = inSubregion ?? byText ?? withStale(stored ?? [], staleHere);
  const regionStillApplies = byText !== null && inSubregion === null;

  const regionMask = regionStillApplies && regionBit !== null ? bit(regionBit) : 0n;
  const passes = (p: Profile) => ({
    need:
      !needMask || (params.match === "all" ? (p.need_mask & needMask) === needMask : (p.need_mask & needMask) !== 0n),
    mode: !modeMask || (p.mode_mask & modeMask) !== 0n,
    type: !params.types.length || params.types.includes(p.type as (typeof params.types)[number]),
    region: !regionMask || (p.province_mask & regionMask) !== 0n,
    donations: !params.donations || p.accepts_donations,
    recognised: !params.recognised || p.recognised,
    fundraising: !params.fundraising || p.fundraising,
    verified: !params.verified || p.fresh,
  });
  type Passes = ReturnType<typeof passes>;
  /** Every filter passes except (possibly) the one whose facet is being counted. */
  const allBut = (ok: Passes, except: keyof Passes | null) =>
    (Object.keys(ok) as (keyof Passes)[]).every((key) => key === except || ok[key]);

  const facets: FacetCounts = {
    total: 0,
    donations: 0,
    recognised: 0,
    fundraising: 0,
    verified: 0,
    needs: new Map(),
    modes: new Map(),
    types: new Map(),
    provinces: new Map(),
    subregions: new Map(),
  };
  const add = <K>(map: Map<K, number>, key: K, weight: number) => map.set(key, (map.get(key) ?? 0) + weight);

  for (const p of rows) {
    const ok = passes(p);
    const weight = Number(p.weight);
    if (allBut(ok, null)) facets.total += weight;
    if (p.accepts_donations && allBut(ok, "donations")) facets.donations += weight;
    if (p.recognised && allBut(ok, "recognised")) facets.recognised += weight;
    if (p.fundraising && allBut(ok, "fundraising")) facets.fundraising += weight;
    if (p.fresh && allBut(ok, "verified")) facets.verified += weight;
    if (allBut(ok, "type")) add(facets.types, p.type, weight);
    // With match=all, a need's count is what adding it would give, so the need filter stays on.
    if (params.match === "all" ? allBut(ok, null) : allBut(ok, "need")) {
      for (const need of search.needs) if (p.need_mask & bit(need.facetBit)) add(facets.needs, need.id, weight);
    }
    if (allBut(ok, "mode")) {
      for (const mode of search.modes) if (p.mode_mask & bit(mode.facetBit)) add(facets.modes, mode.id, weight);
    }
  }
  if (byText) {
    for (const p of byText) {
      if (!allBut(passes(p), "region")) continue;
      for (const province of search.provinces)
        if (p.province_mask & bit(provinceBit(province.code))) add(facets.provinces, province.code, Number(p.weight));
    }
  } else {
    const codeOfBit = new Map(search.provinces.map((province) => [provinceBit(province.code), province.code]));
    for (const row of provinceSums ?? []) {
      const code = codeOfBit.get(row.province);
      if (code) add(facets.provinces, code, Number(row.count));
    }
    // The sums hold every organization; with verified=24m the stale ones come off their provinces.
    for (const p of params.verified ? stale : []) {
      const ok = passes({ ...p, fresh: true });
      if (!allBut(ok, "region")) continue;
      for (const province of search.provinces)
        if (p.province_mask & bit(provinceBit(province.code))) add(facets.provinces, province.code, -Number(p.weight));
    }
  }
  // Profiles that cancel out (a stale organization moved off the fresh side) leave no zero-count entries.
  const dropZeros = <K>(map: Map<K, number>) => {
    for (const [key, count] of map) if (count === 0) map.delete(key);
  };
  dropZeros(facets.needs);
  dropZeros(facets.modes);
  dropZeros(facets.types);
  dropZeros(facets.provinces);
  for (const row of subregionRows) facets.subregions.set(row.code, Number(row.count));
  return facets;
}
