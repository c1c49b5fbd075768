import "server-only";
import { cache } from "react";
import { cachedPublicData } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PolicyDomain, PolicyLevel } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n";
import { localized } from "./localize";
import { type PublicSource, type Verification, provenanceOf, provenanceSelect } from "./provenance";
import { publicWhere } from "./visibility";

export type PolicyListItem = {
  slug: string;
  title: string;
  issuer: string;
  /** Null: the source gives no year ("year unknown"). */
  year: number | null;
  month: number | null;
  documentNumber: string | null;
  level: PolicyLevel;
  domain: PolicyDomain;
};

export type PolicyDetail = PolicyListItem & {
  summary: string;
  sourceName: string;
  sourceUrl: string | null;
  needs: { slug: string; name: string }[];
  /** Where its facts come from, and when and how it was last verified. */
  sources: PublicSource[];
  verification: Verification;
};

const listSelect = {
  slug: true,
  titleZh: true,
  titleEn: true,
  issuerZh: true,
  issuerEn: true,
  year: true,
  month: true,
  documentNumber: true,
  level: true,
  domain: true,
} as const;

type ListRow = {
  slug: string;
  titleZh: string;
  titleEn: string | null;
  issuerZh: string;
  issuerEn: string | null;
  year: number | null;
  month: number | null;
  documentNumber: string | null;
  level: PolicyLevel;
  domain: PolicyDomain;
};

function toListItem(row: ListRow, locale: Locale): PolicyListItem {
  return {
    slug: row.slug,
    title: localized(locale, row.titleZh, row.titleEn),
    issuer: localized(locale, row.issuerZh, row.issuerEn),
    year: row.year,
    month: row.month,
    documentNumber: row.documentNumber,
    level: row.level,
    domain: row.domain,
  };
}

/** Published policies in order of issue; a policy whose month is unknown comes first in its year, those whose year is unknown last. */
export async function loadPolicyList(prisma: PrismaClient, locale: Locale): Promise<PolicyListItem[]> {
  const rows = await prisma.policy.findMany({
    where: publicWhere,
    orderBy: [{ year: { sort: "asc", nulls: "last" } }, { month: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    select: listSelect,
  });
  return rows.map((row) => toListItem(row, locale));
}

export async function loadPolicyDetail(
  prisma: PrismaClient,
  slug: string,
  locale: Locale,
): Promise<PolicyDetail | null> {
  const row = await prisma.policy.findFirst({
    where: { slug, ...publicWhere },
    select: {
      ...listSelect,
      summaryZh: true,
      summaryEn: true,
      sourceName: true,
      sourceUrl: true,
      ...provenanceSelect,
      needs: {
        where: { need: publicWhere },
        orderBy: [{ need: { sortOrder: "asc" } }, { needId: "asc" }],
        select: { need: { select: { slug: true, nameZh: true, nameEn: true } } },
      },
    },
  });
  if (!row) return null;
  return {
    ...toListItem(row, locale),
    summary: localized(locale, row.summaryZh, row.summaryEn),
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    needs: row.needs.map(({ need }) => ({ slug: need.slug, name: localized(locale, need.nameZh, need.nameEn) })),
    ...provenanceOf(row, locale),
  };
}

export const getPolicyList = cache(cachedPublicData("policy-list", (locale: Locale) => loadPolicyList(db(), locale)));
export const getPolicyDetail = cache(
  cachedPublicData("policy-detail", (slug: string, locale: Locale) => loadPolicyDetail(db(), slug, locale)),
);
