import type { PrismaClient } from "@/lib/generated/prisma/client";
import { publicWhere } from "@/lib/records/visibility";
import type { IgnoredParam, SearchParams } from "./params";

export type Option = { id: number; slug: string; nameZh: string; nameEn: string | null; facetBit: number };
export type RegionOption = {
  code: string;
  nameZh: string;
  nameEn: string | null;
  level: "PROVINCE" | "CITY" | "COUNTY";
};

/** The filters with slugs resolved to ids, and the names the page needs to label them. */
export type ResolvedSearch = {
  params: SearchParams;
  needIds: number[];
  modeIds: number[];
  /** The chosen needs and modes as bit masks over organization_filter (see the search migration). */
  needMask: bigint;
  modeMask: bigint;
  /** The selected region and its ancestors, outermost first. */
  regionPath: RegionOption[];
  needs: Option[];
  modes: Option[];
  provinces: RegionOption[];
  /** The regions one level inside the selected one, by code, to label the drill-down. */
  regionNames: Record<string, RegionOption>;
  ignored: IgnoredParam[];
};

const optionSelect = { id: true, slug: true, nameZh: true, nameEn: true, facetBit: true } as const;
const published = { ...publicWhere, facetBit: { not: null } };
const regionSelect = { code: true, nameZh: true, nameEn: true, level: true, parentCode: true } as const;

/**
 * The provinces never change while the app runs (the GB/T 2260 list is loaded by the seed; nothing in the app
 * writes regions), so they are read once per database client instead of on every search.
 */
const provincesByClient = new WeakMap<PrismaClient, Promise<(RegionOption & { parentCode: string | null })[]>>();
function provincesOf(prisma: PrismaClient) {
  let provinces = provincesByClient.get(prisma);
  if (!provinces) {
    provinces = prisma.region.findMany({
      where: { level: "PROVINCE" },
      select: regionSelect,
      orderBy: { code: "asc" },
    });
    // A failed read (database down) is not kept: the next search tries again.
    provinces.catch(() => provincesByClient.delete(prisma));
    provincesByClient.set(prisma, provinces);
  }
  return provinces;
}

export const bit = (position: number) => 1n << BigInt(position);
export const maskOf = (options: Option[]) => options.reduce((mask, o) => mask | bit(o.facetBit), 0n);

/**
 * Looks up the published needs and modes (for labels and facets) and the
 * region; slugs and codes that name nothing are dropped and reported.
 */
export async function resolveSearch(
  prisma: PrismaClient,
  params: SearchParams,
  ignored: IgnoredParam[],
): Promise<ResolvedSearch> {
  const [needs, modes, provinces, region, children] = await Promise.all([
    prisma.need.findMany({
      where: published,
      select: optionSelect,
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }) as Promise<Option[]>,
    prisma.interventionMode.findMany({
      where: published,
      select: optionSelect,
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }) as Promise<Option[]>,
    provincesOf(prisma),
    params.region
      ? prisma.region.findUnique({
          where: { code: params.region },
          select: { ...regionSelect, parent: { select: { ...regionSelect, parent: { select: regionSelect } } } },
        })
      : null,
    params.region ? prisma.region.findMany({ where: { parentCode: params.region }, select: regionSelect }) : [],
  ]);

  const notes = [...ignored];
  const pick = (slugs: string[], options: Option[], param: string) =>
    slugs.flatMap((slug) => {
      const found = options.find((o) => o.slug === slug);
      if (!found) notes.push({ param, value: slug, reason: "not-found" });
      return found ? [found] : [];
    });
  const chosenNeeds = pick(params.needs, needs, "need");
  const chosenModes = pick(params.modes, modes, "mode");
  if (params.region && !region) notes.push({ param: "region", value: params.region, reason: "not-found" });

  const strip = ({ code, nameZh, nameEn, level }: RegionOption & { parentCode?: string | null }): RegionOption => ({
    code,
    nameZh,
    nameEn,
    level,
  });
  const regionPath = region
    ? [region.parent?.parent, region.parent, region].filter((r): r is NonNullable<typeof r> => Boolean(r)).map(strip)
    : [];

  return {
    params: {
      ...params,
      needs: chosenNeeds.map((n) => n.slug),
      modes: chosenModes.map((m) => m.slug),
      region: region ? region.code : null,
    },
    needIds: chosenNeeds.map((n) => n.id),
    modeIds: chosenModes.map((m) => m.id),
    needMask: maskOf(chosenNeeds),
    modeMask: maskOf(chosenModes),
    regionPath,
    needs,
    modes,
    provinces: provinces.map(strip),
    regionNames: Object.fromEntries(children.map((child) => [child.code, strip(child)])),
    ignored: notes,
  };
}
