import type { NeedDetail } from "@/lib/records/needs";
import type { OrganizationDetail } from "@/lib/records/organizations";
import type { PolicyDetail } from "@/lib/records/policies";
import { TAXONOMIES } from "./taxonomies";

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

const monthDate = (year: number, month: number | null) =>
  month ? `${year}-${String(month).padStart(2, "0")}` : String(year);

/**
 * schema.org for a policy's page. A policy with a known year is an identifiable document issued by a state body,
 * which is what schema.org's `Legislation` describes (issuer, date, document number where known); a policy whose
 * year the source does not give is a measure rather than a dated document, so it stays a plain `CreativeWork`
 * and no date is invented for it.
 */
export function policyJsonLd(policy: PolicyDetail, lang: string, pageUrl: string): Record<string, unknown> {
  const common = {
    "@context": "https://schema.org",
    name: policy.title,
    description: policy.summary,
    inLanguage: lang,
    url: pageUrl,
    ...(policy.sourceUrl ? { sameAs: policy.sourceUrl } : {}),
    about: policy.needs.map((need) => ({ "@type": "DefinedTerm", name: need.name, termCode: need.slug })),
  };
  if (policy.year === null) return { ...common, "@type": "CreativeWork", creator: issuer(policy.issuer) };
  return {
    ...common,
    "@type": "Legislation",
    legislationDate: monthDate(policy.year, policy.month),
    legislationJurisdiction: "CN",
    legislationPassedBy: issuer(policy.issuer),
    ...(policy.documentNumber ? { legislationIdentifier: policy.documentNumber } : {}),
  };
}

const issuer = (name: string) => ({ "@type": "GovernmentOrganization", name });

/** schema.org for a need's page: a term of the directory's own needs classification (the HSDS `need` taxonomy). */
export function needJsonLd(need: NeedDetail, lang: string, pageUrl: string, setUrl: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    name: need.name,
    description: need.summary,
    termCode: need.slug,
    inLanguage: lang,
    url: pageUrl,
    inDefinedTermSet: { "@type": "DefinedTermSet", name: TAXONOMIES.need.name, url: setUrl },
    subjectOf: need.policies.map((p) => ({ "@type": "CreativeWork", name: p.title })),
  };
}
