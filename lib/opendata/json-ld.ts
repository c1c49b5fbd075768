import type { OrganizationDetail } from "@/lib/records/organizations";

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written as \u003c (and the line separators as
 * escapes), so no text in a record can close the script element or start markup.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** schema.org NGO for an organization's page: areas served, contact, sample records said to be samples. */
export function organizationJsonLd(org: OrganizationDetail, lang: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "NGO",
    name: org.name,
    description: org.isSample ? `[sample record / 示例数据] ${org.description}` : org.description,
    inLanguage: lang,
    ...(org.foundedYear ? { foundingDate: String(org.foundedYear) } : {}),
    ...(org.website ? { url: org.website } : {}),
    ...(org.email ? { email: org.email } : {}),
    ...(org.phone ? { telephone: org.phone } : {}),
    ...(org.address ? { address: { "@type": "PostalAddress", streetAddress: org.address, addressCountry: "CN" } } : {}),
    areaServed: org.regions.map((r) => ({
      "@type": "AdministrativeArea",
      name: r.names.map((n) => n.text).join(" "),
      identifier: `GB/T 2260 ${r.code}`,
    })),
  };
}
