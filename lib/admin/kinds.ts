import { REGION_CODE_PATTERN } from "@/lib/domain/identifiers";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LegalForm, OrganizationType, PolicyDomain, PolicyLevel } from "@/lib/generated/prisma/enums";
import { optionalInt, optionalText, requiredText } from "@/lib/forms/field-errors";
import { insertLinks } from "./bulk-sql";
import { type FieldSpec, columnsSchema } from "./fields";
import { replaceSources, sourcesFromForm, sourcesFromRow, sourcesInclude, sourcesSchema } from "./sources";
import { annualReportsSchema, annualReportsFromForm, replaceAnnualReports } from "./annual-reports";

import type { RecordKind } from "./record-kinds";
export { type RecordKind, isRecordKind, recordKinds } from "./record-kinds";

type Tx = Prisma.TransactionClient;
type Row = Record<string, unknown> & { id: number; version: number };

/** The calls the write path makes, common to the four record delegates. */
export type RecordDelegate = {
  findUnique(args: { where: { id: number }; include?: object }): Promise<Row | null>;
  findMany(args: object): Promise<Row[]>;
  count(args: object): Promise<number>;
  create(args: { data: object; select: { id: true } }): Promise<{ id: number }>;
  createManyAndReturn(args: {
    data: object[];
    select: { id: true; slug: true };
  }): Promise<{ id: number; slug: string }[]>;
  updateMany(args: { where: { id: number; version: number }; data: object }): Promise<{ count: number }>;
};

const id = z.preprocess((v) => (typeof v === "string" ? Number(v) : v), z.number().int().positive());
const sample: FieldSpec = { name: "isSample", type: "bool" };

export type KindSpec = {
  kind: RecordKind;
  /** The record's table (for the set-based writes of imports). */
  table: string;
  /** Columns editable in the form, in form order. */
  fields: readonly FieldSpec[];
  /** The Chinese and English display name columns. */
  titleZh: string;
  titleEn: string;
  /** Columns the list searches in (case-insensitive substring). */
  searchable: readonly string[];
  /** An enum column the list can be filtered by, besides status. */
  filter?: { name: string; options: readonly string[] };
  links: z.ZodObject;
  /** A rule across the columns and links of the whole record (checked after each value is read). */
  refine?: (values: Record<string, unknown>, ctx: z.RefinementCtx) => void;
  linksFromForm(form: FormData): Record<string, unknown>;
  include: object;
  linksFromRow(row: Row): Record<string, unknown>;
  writeLinks(tx: Tx, id: number, links: Record<string, unknown>): Promise<void>;
  /** Replaces the links of many records with a few statements (imports). */
  writeLinksMany(tx: Tx, records: { id: number; links: Record<string, unknown> }[]): Promise<void>;
  /** How many other records link to this one (a delete warning). */
  incomingLinks(tx: Tx, id: number): Promise<number>;
  delegate(tx: Tx): RecordDelegate;
};

const ids = (form: FormData, name: string) => [...new Set(form.getAll(name).map(String))];
const text = (form: FormData, name: string) => form.get(name) ?? undefined;
const rows = <T>(row: Row, key: string) => (row[key] ?? []) as T[];

const needSpec: KindSpec = {
  kind: "need",
  table: "need",
  fields: [
    { name: "slug", type: "text", required: true, max: 80 },
    { name: "nameZh", type: "text", required: true, max: 120 },
    { name: "nameEn", type: "text", max: 200 },
    { name: "summaryZh", type: "text", required: true, max: 300 },
    { name: "summaryEn", type: "text", max: 500 },
    { name: "descriptionZh", type: "textarea", required: true },
    { name: "descriptionEn", type: "textarea" },
    { name: "evidenceZh", type: "textarea" },
    { name: "evidenceEn", type: "textarea" },
    { name: "sortOrder", type: "int", required: true, min: 0, max: 10_000 },
    sample,
  ],
  titleZh: "nameZh",
  titleEn: "nameEn",
  searchable: ["nameZh", "nameEn", "slug"],
  links: z.object({}),
  linksFromForm: () => ({}),
  include: {},
  linksFromRow: () => ({}),
  writeLinks: async () => {},
  writeLinksMany: async () => {},
  incomingLinks: async (tx, needId) =>
    (await tx.policyNeed.count({ where: { needId } })) + (await tx.modeNeed.count({ where: { needId } })),
  delegate: (tx) => tx.need as unknown as RecordDelegate,
};

const policySpec: KindSpec = {
  kind: "policy",
  table: "policy",
  fields: [
    { name: "slug", type: "text", required: true, max: 80 },
    { name: "titleZh", type: "text", required: true, max: 300 },
    { name: "titleEn", type: "text", max: 400 },
    { name: "issuerZh", type: "text", required: true, max: 300 },
    { name: "issuerEn", type: "text", max: 400 },
    { name: "year", type: "int", min: 1949, max: 2100 },
    { name: "month", type: "int", min: 1, max: 12 },
    { name: "documentNumber", type: "text", max: 120 },
    { name: "level", type: "enum", options: Object.values(PolicyLevel) },
    { name: "domain", type: "enum", options: Object.values(PolicyDomain) },
    { name: "summaryZh", type: "textarea", required: true },
    { name: "summaryEn", type: "textarea" },
    { name: "sourceName", type: "text", required: true, max: 300 },
    { name: "sourceUrl", type: "url", max: 500 },
    sample,
  ],
  titleZh: "titleZh",
  titleEn: "titleEn",
  searchable: ["titleZh", "titleEn", "issuerZh", "slug"],
  filter: { name: "domain", options: Object.values(PolicyDomain) },
  links: z.object({ needs: z.array(id).default([]) }),
  linksFromForm: (form) => ({ needs: ids(form, "needs") }),
  include: { needs: { select: { needId: true }, orderBy: { needId: "asc" } } },
  linksFromRow: (row) => ({ needs: rows<{ needId: number }>(row, "needs").map((n) => n.needId) }),
  async writeLinks(tx, policyId, links) {
    const needs = links.needs as number[];
    await tx.policyNeed.deleteMany({ where: { policyId } });
    await tx.policyNeed.createMany({ data: needs.map((needId) => ({ policyId, needId })) });
  },
  async writeLinksMany(tx, records) {
    await tx.policyNeed.deleteMany({ where: { policyId: { in: records.map((r) => r.id) } } });
    await tx.policyNeed.createMany({
      data: records.flatMap(({ id: policyId, links }) =>
        (links.needs as number[]).map((needId) => ({ policyId, needId })),
      ),
    });
  },
  incomingLinks: async () => 0,
  delegate: (tx) => tx.policy as unknown as RecordDelegate,
};

const modeSpec: KindSpec = {
  kind: "mode",
  table: "intervention_mode",
  fields: needSpec.fields,
  // No source, no evidence claim: a mode's evidence is shown with the sources it cites.
  refine(values, ctx) {
    if ((values.evidenceZh || values.evidenceEn) && !(values.sources as unknown[]).length)
      ctx.addIssue({ code: "custom", path: ["evidenceZh"], message: "evidenceNeedsSource" });
  },
  titleZh: "nameZh",
  titleEn: "nameEn",
  searchable: ["nameZh", "nameEn", "slug"],
  links: z.object({
    needs: z.array(z.object({ needId: id, howZh: requiredText(500), howEn: optionalText(800) })).default([]),
  }),
  linksFromForm: (form) => ({
    needs: ids(form, "needs").map((needId) => ({
      needId,
      howZh: text(form, `how.${needId}.zh`),
      howEn: text(form, `how.${needId}.en`),
    })),
  }),
  include: { needs: { select: { needId: true, howZh: true, howEn: true }, orderBy: { needId: "asc" } } },
  linksFromRow: (row) => ({ needs: rows<object>(row, "needs") }),
  async writeLinks(tx, modeId, links) {
    const needs = links.needs as { needId: number; howZh: string; howEn: string | null }[];
    await tx.modeNeed.deleteMany({ where: { modeId } });
    await tx.modeNeed.createMany({ data: needs.map((n) => ({ modeId, ...n })) });
  },
  async writeLinksMany(tx, records) {
    await tx.modeNeed.deleteMany({ where: { modeId: { in: records.map((r) => r.id) } } });
    await tx.modeNeed.createMany({
      data: records.flatMap(({ id: modeId, links }) =>
        (links.needs as { needId: number; howZh: string; howEn: string | null }[]).map((n) => ({ modeId, ...n })),
      ),
    });
  },
  incomingLinks: async (tx, modeId) => tx.organizationMode.count({ where: { modeId } }),
  delegate: (tx) => tx.interventionMode as unknown as RecordDelegate,
};

const organizationSpec: KindSpec = {
  kind: "organization",
  table: "organization",
  fields: [
    { name: "slug", type: "text", required: true, max: 80 },
    { name: "nameZh", type: "text", required: true, max: 200 },
    { name: "nameEn", type: "text", max: 300 },
    { name: "type", type: "enum", options: Object.values(OrganizationType) },
    { name: "descriptionZh", type: "textarea", required: true },
    { name: "descriptionEn", type: "textarea" },
    { name: "foundedYear", type: "int", min: 1900, max: 2100 },
    { name: "registrationZh", type: "text", max: 300 },
    { name: "registrationEn", type: "text", max: 400 },
    { name: "childrenServed", type: "int", min: 0, max: 100_000_000 },
    { name: "staffCount", type: "int", min: 0, max: 1_000_000 },
    { name: "website", type: "url", max: 500 },
    { name: "email", type: "email", max: 200 },
    { name: "phone", type: "text", max: 60 },
    { name: "addressZh", type: "text", max: 300 },
    { name: "acceptsDonations", type: "bool" },
    { name: "donationInfoZh", type: "textarea" },
    { name: "donationInfoEn", type: "textarea" },
    { name: "creditCode", type: "creditCode" },
    { name: "legalForm", type: "enum", options: Object.values(LegalForm), optional: true },
    { name: "registrationAuthorityZh", type: "text", max: 200 },
    { name: "registrationAuthorityEn", type: "text", max: 300 },
    { name: "registeredOn", type: "date" },
    { name: "charityRecognisedOn", type: "date" },
    { name: "fundraisingQualifiedOn", type: "date" },
    { name: "charityChinaUrl", type: "url", max: 500 },
    sample,
  ],
  titleZh: "nameZh",
  titleEn: "nameEn",
  searchable: ["nameZh", "nameEn", "slug"],
  filter: { name: "type", options: Object.values(OrganizationType) },
  links: z.object({
    modes: z
      .array(
        z.object({
          modeId: id,
          sites: optionalInt(0, 1_000_000),
          childrenServed: optionalInt(0, 100_000_000),
          sinceYear: optionalInt(1900, 2100),
        }),
      )
      .default([]),
    regions: z.array(z.string().regex(REGION_CODE_PATTERN, "invalid")).default([]),
    annualReports: annualReportsSchema,
  }),
  linksFromForm: (form) => ({
    modes: ids(form, "modes").map((modeId) => ({
      modeId,
      sites: text(form, `scale.${modeId}.sites`),
      childrenServed: text(form, `scale.${modeId}.childrenServed`),
      sinceYear: text(form, `scale.${modeId}.sinceYear`),
    })),
    regions: ids(form, "regions"),
    annualReports: annualReportsFromForm(form),
  }),
  include: {
    modes: { select: { modeId: true, sites: true, childrenServed: true, sinceYear: true }, orderBy: { modeId: "asc" } },
    regions: { select: { regionCode: true }, orderBy: { regionCode: "asc" } },
    annualReports: { select: { year: true, url: true }, orderBy: { year: "desc" } },
  },
  linksFromRow: (row) => ({
    modes: rows<object>(row, "modes"),
    regions: rows<{ regionCode: string }>(row, "regions").map((r) => r.regionCode),
    annualReports: rows<object>(row, "annualReports"),
  }),
  async writeLinks(tx, organizationId, links) {
    const modes = links.modes as {
      modeId: number;
      sites: number | null;
      childrenServed: number | null;
      sinceYear: number | null;
    }[];
    const regions = [...new Set(links.regions as string[])];
    await tx.organizationMode.deleteMany({ where: { organizationId } });
    await tx.organizationMode.createMany({ data: modes.map((m) => ({ organizationId, ...m })) });
    await tx.organizationRegion.deleteMany({ where: { organizationId } });
    await tx.organizationRegion.createMany({ data: regions.map((regionCode) => ({ organizationId, regionCode })) });
    await replaceAnnualReports(tx, [{ id: organizationId, links }]);
  },
  async writeLinksMany(tx, records) {
    const ids = records.map((r) => r.id);
    type ModeLink = { modeId: number; sites: number | null; childrenServed: number | null; sinceYear: number | null };
    await tx.organizationMode.deleteMany({ where: { organizationId: { in: ids } } });
    await insertLinks(
      tx,
      "organization_mode",
      records.flatMap(({ id: organizationId, links }) =>
        (links.modes as ModeLink[]).map((m) => ({
          organizationId,
          modeId: m.modeId,
          sites: m.sites,
          childrenServed: m.childrenServed,
          sinceYear: m.sinceYear,
        })),
      ),
    );
    await tx.organizationRegion.deleteMany({ where: { organizationId: { in: ids } } });
    await insertLinks(
      tx,
      "organization_region",
      records.flatMap(({ id: organizationId, links }) =>
        [...new Set(links.regions as string[])].map((regionCode) => ({ organizationId, regionCode })),
      ),
    );
    await replaceAnnualReports(tx, records);
  },
  incomingLinks: async () => 0,
  delegate: (tx) => tx.organization as unknown as RecordDelegate,
};

/** Every kind cites sources: they are one more link, read, written, versioned and audited with the record. */
function withSources(spec: KindSpec): KindSpec {
  return {
    ...spec,
    links: spec.links.extend({ sources: sourcesSchema }),
    linksFromForm: (form) => ({ ...spec.linksFromForm(form), sources: sourcesFromForm(form) }),
    include: { ...spec.include, ...sourcesInclude },
    linksFromRow: (row) => ({ ...spec.linksFromRow(row), sources: sourcesFromRow(row) }),
    async writeLinks(tx, id, links) {
      await spec.writeLinks(tx, id, links);
      await replaceSources(tx, spec.kind, [{ id, links }]);
    },
    async writeLinksMany(tx, records) {
      await spec.writeLinksMany(tx, records);
      await replaceSources(tx, spec.kind, records);
    },
  };
}

export const kinds: Record<RecordKind, KindSpec> = {
  need: withSources(needSpec),
  policy: withSources(policySpec),
  mode: withSources(modeSpec),
  organization: withSources(organizationSpec),
};

/** The one schema of a record form: its columns and its links. Shared by the form, the save action and the CSV import. */
export function recordSchema(kind: RecordKind) {
  const spec = kinds[kind];
  const schema = columnsSchema(spec.fields).extend(spec.links.shape);
  const refine = spec.refine;
  return refine ? schema.superRefine((values, ctx) => refine(values, ctx)) : schema;
}

/** What a form submits, as the plain object the record schema reads. */
export function recordInputFromForm(kind: RecordKind, form: FormData): Record<string, unknown> {
  const spec = kinds[kind];
  const columns = Object.fromEntries(
    spec.fields.map((f) => [f.name, f.type === "bool" ? form.get(f.name) === "on" : (form.get(f.name) ?? undefined)]),
  );
  return { ...columns, ...spec.linksFromForm(form) };
}
