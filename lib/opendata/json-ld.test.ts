import { describe, expect, it } from "vitest";
import type { NeedDetail } from "@/lib/records/needs";
import type { OrganizationDetail } from "@/lib/records/organizations";
import type { PolicyDetail } from "@/lib/records/policies";
import { jsonLdText, needJsonLd, organizationJsonLd, policyJsonLd } from "./json-ld";

describe("jsonLdText", () => {
  it("cannot close the script element or open markup, and still parses to the same data", () => {
    const data = { name: "</script><script>alert(1)</script>", note: "a\u2028b" };
    const text = jsonLdText(data);
    expect(text).not.toContain("<");
    expect(text).not.toContain("\u2028");
    expect(JSON.parse(text)).toEqual(data);
  });
});

const policy: PolicyDetail = {
  slug: "2016-care-protection-opinions",
  title: "关于加强农村留守儿童关爱保护工作的意见",
  issuer: "国务院",
  year: 2016,
  month: 2,
  documentNumber: "国发〔2016〕13号",
  level: "CENTRAL",
  domain: "CHILD_WELFARE",
  summary: "第一个系统性的中央政策。",
  sourceName: "报告摘要",
  sourceUrl: null,
  needs: [{ slug: "safety-protection", name: "安全与保护" }],
  sources: [],
  verification: { isSample: false, reviewedAt: null, method: null },
};

describe("policyJsonLd", () => {
  it("describes a dated policy as Legislation with its issuer, month and document number", () => {
    const data = policyJsonLd(policy, "zh-CN", "https://example.org/policies/x");
    expect(data).toMatchObject({
      "@type": "Legislation",
      name: policy.title,
      legislationDate: "2016-02",
      legislationIdentifier: "国发〔2016〕13号",
      legislationPassedBy: { "@type": "GovernmentOrganization", name: "国务院" },
      legislationJurisdiction: "CN",
      url: "https://example.org/policies/x",
      about: [{ "@type": "DefinedTerm", termCode: "safety-protection" }],
    });
    expect(policyJsonLd({ ...policy, month: null, documentNumber: null }, "en", "u")).toMatchObject({
      legislationDate: "2016",
    });
    expect(policyJsonLd({ ...policy, documentNumber: null }, "en", "u")).not.toHaveProperty("legislationIdentifier");
  });

  it("never invents a date: a policy without a year is a plain CreativeWork", () => {
    const data = policyJsonLd({ ...policy, year: null, month: null }, "en", "u");
    expect(data["@type"]).toBe("CreativeWork");
    expect(JSON.stringify(data)).not.toMatch(/legislation/i);
    expect(data.creator).toEqual({ "@type": "GovernmentOrganization", name: "国务院" });
  });
});

describe("needJsonLd", () => {
  it("describes a need as a term of the directory's needs classification", () => {
    const need = {
      slug: "psychological-emotional",
      name: "心理与情感支持",
      summary: "陪伴与倾听。",
      policies: [{ slug: "p", title: "某政策", year: 2011 }],
    } as NeedDetail;
    const data = needJsonLd(
      need,
      "zh-CN",
      "https://example.org/needs/psychological-emotional",
      "https://example.org/needs",
    );
    expect(data).toMatchObject({
      "@type": "DefinedTerm",
      termCode: "psychological-emotional",
      name: "心理与情感支持",
      inDefinedTermSet: { "@type": "DefinedTermSet", url: "https://example.org/needs" },
      subjectOf: [{ "@type": "CreativeWork", name: "某政策" }],
    });
  });
});

const organization = {
  slug: "sample-county-care",
  name: "示例·县域陪伴中心",
  isSample: true,
  description: "在县里做陪伴。",
  foundedYear: 2015,
  website: "https://example.org/",
  email: "hello@example.org",
  phone: "028-12345678",
  address: "成都市锦江区某街 1 号",
  regions: [
    {
      code: "510104",
      names: [
        { text: "四川省", chinese: false },
        { text: "成都市", chinese: false },
        { text: "锦江区", chinese: false },
      ],
    },
    { code: "520000", names: [{ text: "贵州省", chinese: false }] },
  ],
} as unknown as OrganizationDetail;

describe("organizationJsonLd", () => {
  it("describes an organization as an NGO with its contact, address and the areas it serves by GB/T 2260 code", () => {
    const data = organizationJsonLd(organization, "zh-CN");
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NGO",
      name: "示例·县域陪伴中心",
      inLanguage: "zh-CN",
      foundingDate: "2015",
      url: "https://example.org/",
      email: "hello@example.org",
      telephone: "028-12345678",
      address: { "@type": "PostalAddress", streetAddress: "成都市锦江区某街 1 号", addressCountry: "CN" },
      areaServed: [
        { "@type": "AdministrativeArea", name: "四川省 成都市 锦江区", identifier: "GB/T 2260 510104" },
        { "@type": "AdministrativeArea", name: "贵州省", identifier: "GB/T 2260 520000" },
      ],
    });
    expect(JSON.parse(jsonLdText(data))).toEqual(data);
  });

  it("says a sample record is a sample, and leaves out what the record does not hold", () => {
    expect(String(organizationJsonLd(organization, "en").description)).toMatch(/^\[sample record/);
    const bare = organizationJsonLd(
      { ...organization, isSample: false, foundedYear: null, website: null, email: null, phone: null, address: null },
      "en",
    );
    expect(bare.description).toBe("在县里做陪伴。");
    for (const key of ["foundingDate", "url", "email", "telephone", "address"]) expect(bare).not.toHaveProperty(key);
    expect(bare.areaServed).toHaveLength(2);
  });
});
