import "server-only";
import { cache } from "react";
import { cachedPublicData } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OrganizationType } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n";
import { localized, localizedOptional } from "./localize";
import { type PublicSource, type Verification, provenanceOf, provenanceSelect } from "./provenance";
import { type ProvinceGroup, byName, groupByProvince, loadProvincesWithOrganizations } from "./provinces";
import { publicWhere } from "./visibility";

export type ModeNeedLink = { slug: string; name: string; how: string };

export type ModeListItem = {
  slug: string;
  name: string;
  summary: string;
  needs: { slug: string; name: string }[];
  organizationCount: number;
};

export type ModeOrganization = {
  slug: string;
  name: string;
  type: OrganizationType;
  isSample: boolean;
  sites: number | null;
  childrenServed: number | null;
  sinceYear: number | null;
};

export type ModeDetail = {
  slug: string;
  name: string;
  summary: string;
  description: string;
  needs: ModeNeedLink[];
  organizationCount: number;
  provinces: ProvinceGroup<ModeOrganization>[];
  /** What the cited sources show; null without sources (no source, no evidence claim). */
  evidence: string | null;
  /** Where its facts come from, and when and how it was last verified. */
  sources: PublicSource[];
  verification: Verification;
};

const publishedNeeds = {
  where: { need: publicWhere },
  orderBy: [{ need: { sortOrder: "asc" as const } }, { needId: "asc" as const }],
  select: { howZh: true, howEn: true, need: { select: { slug: true, nameZh: true, nameEn: true } } },
};

export async function loadModeList(prisma: PrismaClient, locale: Locale): Promise<ModeListItem[]> {
  const rows = await prisma.interventionMode.findMany({
    where: publicWhere,
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      nameZh: true,
      nameEn: true,
      summaryZh: true,
      summaryEn: true,
      needs: publishedNeeds,
      _count: { select: { organizations: { where: { organization: publicWhere } } } },
    },
  });
  return rows.map((row) => ({
    slug: row.slug,
    name: localized(locale, row.nameZh, row.nameEn),
    summary: localized(locale, row.summaryZh, row.summaryEn),
    needs: row.needs.map(({ need }) => ({ slug: need.slug, name: localized(locale, need.nameZh, need.nameEn) })),
    organizationCount: row._count.organizations,
  }));
}

/** A mode's page: a fixed number of queries however many organizations run it. Null when not public. */
export async function loadModeDetail(prisma: PrismaClient, slug: string, locale: Locale): Promise<ModeDetail | null> {
  const [mode, provinces] = await Promise.all([
    prisma.interventionMode.findFirst({
      where: { slug, ...publicWhere },
      select: {
        slug: true,
        nameZh: true,
        nameEn: true,
        summaryZh: true,
        summaryEn: true,
        descriptionZh: true,
        descriptionEn: true,
        evidenceZh: true,
        evidenceEn: true,
        ...provenanceSelect,
        needs: publishedNeeds,
        organizations: {
          where: { organization: publicWhere },
          select: {
            sites: true,
            childrenServed: true,
            sinceYear: true,
            organization: {
              select: {
                slug: true,
                nameZh: true,
                nameEn: true,
                type: true,
                isSample: true,
                regions: { select: { region: { select: { provinceCode: true } } } },
              },
            },
          },
        },
      },
    }),
    loadProvincesWithOrganizations(prisma, locale),
  ]);
  if (!mode) return null;

  const provenance = provenanceOf(mode, locale);
  const items = mode.organizations
    .map(({ organization: o, ...scale }) => ({
      slug: o.slug,
      name: localized(locale, o.nameZh, o.nameEn),
      type: o.type,
      isSample: o.isSample,
      ...scale,
      provinceCodes: o.regions.map((r) => r.region.provinceCode),
    }))
    .sort(byName(locale));
  const groups = groupByProvince(items, (item) => item.provinceCodes, provinces).map((group) => ({
    ...group,
    items: group.items.map(({ provinceCodes: _provinceCodes, ...item }) => item),
  }));

  return {
    slug: mode.slug,
    name: localized(locale, mode.nameZh, mode.nameEn),
    summary: localized(locale, mode.summaryZh, mode.summaryEn),
    description: localized(locale, mode.descriptionZh, mode.descriptionEn),
    needs: mode.needs.map((link) => ({
      slug: link.need.slug,
      name: localized(locale, link.need.nameZh, link.need.nameEn),
      how: localized(locale, link.howZh, link.howEn),
    })),
    organizationCount: items.length,
    provinces: groups,
    ...provenance,
    evidence: provenance.sources.length ? localizedOptional(locale, mode.evidenceZh, mode.evidenceEn) : null,
  };
}

export const getModeList = cache(cachedPublicData("mode-list", (locale: Locale) => loadModeList(db(), locale)));
export const getModeDetail = cache(
  cachedPublicData("mode-detail", (slug: string, locale: Locale) => loadModeDetail(db(), slug, locale)),
);
