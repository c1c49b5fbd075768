import type { Metadata } from "next";
import { type Locale, getMessages, localePath } from "@/lib/i18n";
import type { OrganizationDetail } from "@/lib/records/organizations";
import { previewMetadata } from "@/lib/share/preview-metadata";

/** An organization's link preview; a sample record says so in the preview's text as on its page. */
export function organizationPreview(locale: Locale, org: OrganizationDetail, title: string): Metadata {
  const t = getMessages(locale).records;
  return previewMetadata({
    title,
    description: org.isSample ? `${t.sample.organizationNote} ${org.description}` : org.description,
    image: localePath(locale, `/og/organizations/${org.slug}`),
    type: "article",
  });
}
