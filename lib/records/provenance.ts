import type { ReviewMethod } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n";
import { localized } from "./localize";

// What a public page shows of where a record's facts come from and when they were last checked.

export type PublicSource = {
  title: string;
  publisher: string | null;
  url: string | null;
  accessedOn: Date | null;
  supports: string;
};

/** When and how a record was last verified; a sample record is never verified, whatever its columns say. */
export type Verification = { isSample: boolean; reviewedAt: Date | null; method: ReviewMethod | null };

/** The columns a detail loader selects for its sources and last review. */
export const provenanceSelect = {
  isSample: true,
  reviewedAt: true,
  reviewMethod: true,
  sources: {
    orderBy: { position: "asc" },
    select: { title: true, publisher: true, url: true, accessedOn: true, supportsZh: true, supportsEn: true },
  },
} as const;

type ProvenanceRow = {
  isSample: boolean;
  reviewedAt: Date | null;
  reviewMethod: ReviewMethod | null;
  sources: {
    title: string;
    publisher: string | null;
    url: string | null;
    accessedOn: Date | null;
    supportsZh: string;
    supportsEn: string | null;
  }[];
};

export function provenanceOf(row: ProvenanceRow, locale: Locale) {
  return {
    sources: row.sources.map((s): PublicSource => ({
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      accessedOn: s.accessedOn,
      supports: localized(locale, s.supportsZh, s.supportsEn),
    })),
    verification: {
      isSample: row.isSample,
      reviewedAt: row.isSample ? null : row.reviewedAt,
      method: row.isSample ? null : row.reviewMethod,
    } satisfies Verification,
  };
}
