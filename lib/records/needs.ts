import "server-only";
import { cache } from "react";
import { cachedPublicData } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OrganizationType } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n";
import { localized, localizedOptional } from "./localize";
import { type PublicSource, type Verification, provenanceOf, provenanceSelect } from "./provenance";
import {
  type Province,
  type ProvinceGroup,
  byName,
  groupByProvince,
  loadProvincesWithOrganizations,
} from "./provinces";
import { isPublic, publicWhere } from "./visibility";

export type NeedListItem = {
  slug: string;
  name: string;
  summary: string;
  organizationCount: number;
  /** No evidence is recorded: the category is this directory's own, not the report's. */
  ownFraming: boolean;
};

export type NeedOrganization = {
  slug: string;
  name: string;
  type: OrganizationType;
  isSample: boolean;
  throughModes: string[];
};

export type NeedDetail = {
  slug: string;
  name: string;
  summary: string;
  description: string;
  evidence: string | null;
  policies: { slug: string; title: string; year: number | null }[];
  modes: { slug: string; name: string; how: string }[];
  organizationCount: number;
  provinces: ProvinceGroup<NeedOrganization>[];
  /** Provinces where some organization works, but none meets this need. */
  provincesWithout: Province[];
  provincesWithOrganizations: number;
  /** Where its facts come from, and when and how it was last verified. */
  sources: PublicSource[];
  verification: Verification;
};

/**
 * Published organizations meeting each published need, in one query. An
 * organization meets a need when it runs a published mode that meets it.
 */
export async function countOrganizationsPerNeed(prisma: PrismaClient): Promise<Map<number, number>> {
  const rows = await prisma.$queryRaw<{ need_id: number; organizations: bigint }[]>`
    SELECT mn.need_id, count(DISTINCT o.id) AS organizations
      FROM mode_need mn
      JOIN intervention_mode m ON m.id = mn.mode_id AND ${isPublic("m")}
      JOIN organization_mode om ON om.mode_id = m.id
      JOIN organization o ON o.id = om.organization_id AND ${isPublic("o")}
     GROUP BY mn.need_id`;
  return new Map(rows.map((row) => [row.need_id, Number(row.organizations)]));
}

export async function loadNeedList(prisma: PrismaClient, locale: Locale): Promise<NeedListItem[]> {
  const [needs, counts] = await Promise.all([
    prisma.need.findMany({
      where: publicWhere,
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, slug: true, nameZh: true, nameEn: true, summaryZh: true, summaryEn: true, evidenceZh: true },
    }),
    countOrganizationsPerNeed(prisma),
  ]);
  return needs.map((need) => ({
    slug: need.slug,
    name: localized(locale, need.nameZh, need.nameEn),
    summary: localized(locale, need.summaryZh, need.summaryEn),
    organizationCount: counts.get(need.id) ?? 0,
    ownFraming: !need.evidenceZh?.trim(),
  }));
}

/** A need's page: a fixed number of queries however many organizations meet it. Null when not public. */
export async function loadNeedDetail(prisma: PrismaClient, slug: string, locale: Locale): Promise<NeedDetail | null> {
  const need = await prisma.need.findFirst({
    where: { slug, ...publicWhere },
    select: {
      id: true,
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
      policies: {
        where: { policy: publicWhere },
        orderBy: [{ policy: { year: { sort: "asc", nulls: "last" } } }, { policyId: "asc" }],
        select: { policy: { select: { slug: true, titleZh: true, titleEn: true, year: true } } },
      },
      modes: {
        where: { mode: publicWhere },
        orderBy: [{ mode: { sortOrder: "asc" } }, { modeId: "asc" }],
        select: { howZh: true, howEn: true, mode: { select: { slug: true, nameZh: true, nameEn: true } } },
      },
    },
  });
  if (!need) return null;

  const meetingMode = { mode: { ...publicWhere, needs: { some: { needId: need.id } } } };
  const [organizations, provinces] = await Promise.all([
    prisma.organization.findMany({
      where: { ...publicWhere, modes: { some: meetingMode } },
      select: {
        slug: true,
        nameZh: true,
        nameEn: true,
        type: true,
        isSample: true,
        regions: { select: { region: { select: { provinceCode: true } } } },
        modes: {
          where: meetingMode,
          orderBy: { modeId: "asc" },
          select: { mode: { select: { nameZh: true, nameEn: true } } },
        },
      },
    }),
    loadProvincesWithOrganizations(prisma, locale),
  ]);

  const items = organizations
    .map((o) => ({
      slug: o.slug,
      name: localized(locale, o.nameZh, o.nameEn),
      type: o.type,
      isSample: o.isSample,
      throughModes: o.modes.map((m) => localized(locale, m.mode.nameZh, m.mode.nameEn)),
      provinceCodes: o.regions.map((r) => r.region.provinceCode),
    }))
    .sort(byName(locale));
  const groups = groupByProvince(items, (item) => item.provinceCodes, provinces).map((group) => ({
    ...group,
    items: group.items.map(({ provinceCodes: _provinceCodes, ...item }) => item),
  }));
  const covered = new Set(groups.map((group) => group.code));

  return {
    slug: need.slug,
    name: localized(locale, need.nameZh, need.nameEn),
    summary: localized(locale, need.summaryZh, need.summaryEn),
    description: localized(locale, need.descriptionZh, need.descriptionEn),
    evidence: localizedOptional(locale, need.evidenceZh, need.evidenceEn),
    policies: need.policies.map(({ policy }) => ({
      slug: policy.slug,
      title: localized(locale, policy.titleZh, policy.titleEn),
      year: policy.year,
    })),
    modes: need.modes.map((link) => ({
      slug: link.mode.slug,
      name: localized(locale, link.mode.nameZh, link.mode.nameEn),
      how: localized(locale, link.howZh, link.howEn),
    })),
    organizationCount: items.length,
    provinces: groups,
    provincesWithout: provinces.filter((province) => !covered.has(province.code)),
    provincesWithOrganizations: provinces.length,
    ...provenanceOf(need, locale),
  };
}

export const getNeedList = cache(cachedPublicData("need-list", (locale: Locale) => loadNeedList(db(), locale)));
export const getNeedDetail = cache(
  cachedPublicData("need-detail", (slug: string, locale: Locale) => loadNeedDetail(db(), slug, locale)),
);
