import "server-only";
import { cache } from "react";
import { cachedPublicData } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { LegalForm, OrganizationType } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n";
import { localized, localizedOptional } from "./localize";
import { type PublicSource, type Verification, provenanceOf, provenanceSelect } from "./provenance";
import { publicWhere } from "./visibility";

export type OrganizationModeDetail = {
  slug: string;
  name: string;
  sites: number | null;
  childrenServed: number | null;
  sinceYear: number | null;
  note: string | null;
  needs: { slug: string; name: string; how: string }[];
};

/** A place name, and whether it is shown in Chinese on an English page (no English name recorded). */
export type PlaceName = { text: string; chinese: boolean };

/** A county with the city and province above it, largest first. */
export type OrganizationRegionDetail = { code: string; names: PlaceName[] };

export type OrganizationDetail = {
  slug: string;
  name: string;
  isSample: boolean;
  type: OrganizationType;
  description: string;
  foundedYear: number | null;
  childrenServed: number | null;
  staffCount: number | null;
  registration: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  acceptsDonations: boolean;
  donationInfo: string | null;
  reviewedAt: Date | null;
  trust: {
    creditCode: string | null;
    legalForm: LegalForm | null;
    registrationAuthority: string | null;
    registeredOn: Date | null;
    charityRecognisedOn: Date | null;
    fundraisingQualifiedOn: Date | null;
    charityChinaUrl: string | null;
    /** Newest first; the first is the latest year disclosed. */
    annualReports: { year: number; url: string | null }[];
  };
  /** Where its facts come from, and when and how it was last verified. */
  sources: PublicSource[];
  verification: Verification;

  modes: OrganizationModeDetail[];
  regions: OrganizationRegionDetail[];
};

/** An organization's page in a fixed number of queries. Null when not public. */
export async function loadOrganizationDetail(
  prisma: PrismaClient,
  slug: string,
  locale: Locale,
): Promise<OrganizationDetail | null> {
  const org = await prisma.organization.findFirst({
    where: { slug, ...publicWhere },
    select: {
      slug: true,
      nameZh: true,
      nameEn: true,
      type: true,
      descriptionZh: true,
      descriptionEn: true,
      foundedYear: true,
      childrenServed: true,
      staffCount: true,
      registrationZh: true,
      registrationEn: true,
      website: true,
      email: true,
      phone: true,
      addressZh: true,
      acceptsDonations: true,
      donationInfoZh: true,
      donationInfoEn: true,
      creditCode: true,
      legalForm: true,
      registrationAuthorityZh: true,
      registrationAuthorityEn: true,
      registeredOn: true,
      charityRecognisedOn: true,
      fundraisingQualifiedOn: true,
      charityChinaUrl: true,
      annualReports: { orderBy: { year: "desc" }, select: { year: true, url: true } },
      ...provenanceSelect,
      modes: {
        where: { mode: publicWhere },
        orderBy: [{ mode: { sortOrder: "asc" } }, { modeId: "asc" }],
        select: {
          sites: true,
          childrenServed: true,
          sinceYear: true,
          noteZh: true,
          noteEn: true,
          mode: {
            select: {
              slug: true,
              nameZh: true,
              nameEn: true,
              needs: {
                where: { need: publicWhere },
                orderBy: [{ need: { sortOrder: "asc" } }, { needId: "asc" }],
                select: { howZh: true, howEn: true, need: { select: { slug: true, nameZh: true, nameEn: true } } },
              },
            },
          },
        },
      },
      regions: {
        orderBy: { regionCode: "asc" },
        select: { region: { select: { code: true, nameZh: true, nameEn: true, cityCode: true, provinceCode: true } } },
      },
    },
  });
  if (!org) return null;

  // The names of the cities and provinces above the organization's counties, in one query.
  const ancestorCodes = [
    ...new Set(
      org.regions
        .flatMap(({ region }) => [region.cityCode, region.provinceCode])
        .filter((code): code is string => !!code),
    ),
  ];
  const ancestors = ancestorCodes.length
    ? await prisma.region.findMany({
        where: { code: { in: ancestorCodes } },
        select: { code: true, nameZh: true, nameEn: true },
      })
    : [];
  const place = (r: { nameZh: string; nameEn: string | null }): PlaceName => ({
    text: localized(locale, r.nameZh, r.nameEn),
    chinese: locale === "zh" || !r.nameEn,
  });
  const nameOf = new Map(ancestors.map((r) => [r.code, place(r)]));

  return {
    slug: org.slug,
    name: localized(locale, org.nameZh, org.nameEn),
    isSample: org.isSample,
    type: org.type,
    description: localized(locale, org.descriptionZh, org.descriptionEn),
    foundedYear: org.foundedYear,
    childrenServed: org.childrenServed,
    staffCount: org.staffCount,
    registration: localizedOptional(locale, org.registrationZh, org.registrationEn),
    website: org.website,
    email: org.email,
    phone: org.phone,
    address: org.addressZh,
    acceptsDonations: org.acceptsDonations,
    donationInfo: localizedOptional(locale, org.donationInfoZh, org.donationInfoEn),
    reviewedAt: org.reviewedAt,
    // Sample records never carry registration details or qualifications.
    trust: {
      creditCode: org.isSample ? null : org.creditCode,
      legalForm: org.isSample ? null : org.legalForm,
      registrationAuthority: org.isSample
        ? null
        : localizedOptional(locale, org.registrationAuthorityZh, org.registrationAuthorityEn),
      registeredOn: org.isSample ? null : org.registeredOn,
      charityRecognisedOn: org.isSample ? null : org.charityRecognisedOn,
      fundraisingQualifiedOn: org.isSample ? null : org.fundraisingQualifiedOn,
      charityChinaUrl: org.isSample ? null : org.charityChinaUrl,
      annualReports: org.isSample ? [] : org.annualReports,
    },
    ...provenanceOf(org, locale),
    modes: org.modes.map((link) => ({
      slug: link.mode.slug,
      name: localized(locale, link.mode.nameZh, link.mode.nameEn),
      sites: link.sites,
      childrenServed: link.childrenServed,
      sinceYear: link.sinceYear,
      note: localizedOptional(locale, link.noteZh, link.noteEn),
      needs: link.mode.needs.map((n) => ({
        slug: n.need.slug,
        name: localized(locale, n.need.nameZh, n.need.nameEn),
        how: localized(locale, n.howZh, n.howEn),
      })),
    })),
    regions: org.regions.map(({ region }) => ({
      code: region.code,
      names: [
        nameOf.get(region.provinceCode),
        region.cityCode !== region.code ? nameOf.get(region.cityCode ?? "") : undefined,
        place(region),
      ].filter((name): name is PlaceName => !!name),
    })),
  };
}

export const getOrganizationDetail = cache(
  cachedPublicData("organization-detail", (slug: string, locale: Locale) => loadOrganizationDetail(db(), slug, locale)),
);
