import "server-only";
import { slugSchema } from "@/lib/domain/identifiers";
import { type Locale, getMessages } from "@/lib/i18n";
import { type OrganizationDetail, getOrganizationDetail } from "@/lib/records/organizations";
import { type Card, previewCard } from "./card";
import { missingPreview } from "./missing";
import { previewResponse } from "./preview-response";

/** The link preview of an organization: its name, kind, first modes and regions, and the sample notice. */
export function organizationImage(locale: Locale, slug: string): Promise<Response> {
  if (!slugSchema.safeParse(slug).success) return Promise.resolve(missingPreview());
  return previewResponse(`organization:${locale}:${slug}`, async () => {
    const org = await getOrganizationDetail(slug, locale);
    if (!org) return missingPreview();
    return previewCard(organizationCard(locale, org));
  });
}

/** What the preview of an organization says. */
export function organizationCard(locale: Locale, org: OrganizationDetail): Card {
  const t = getMessages(locale);
  const list = locale === "en" ? ", " : "、";
  return {
    site: t.meta.siteName,
    eyebrow: org.isSample
      ? `${t.records.organizationType[org.type]}${t.search.separator}${t.records.sample.badge}`
      : t.records.organizationType[org.type],
    headline: org.name,
    lines: [
      org.modes.map((m) => m.name).join(list),
      org.regions.map((r) => r.names.map((n) => n.text).join(" / ")).join(list),
    ].filter(Boolean),
    note: org.isSample ? t.records.sample.organizationNote : undefined,
  };
}
