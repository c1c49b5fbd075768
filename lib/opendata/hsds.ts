import { derivedUuid } from "./ids";
import { FLAG_TERMS, type FlagKey, TAXONOMIES, type TaxonomyKey } from "./taxonomies";

// Pure mapping from our rows to HSDS 3.0 objects (docs/hsds-mapping.md). A field we do not know is left
// out, never sent as null: the standard's schemas type every field as a string, number or array.

type Json = Record<string, unknown>;

export type OrganizationRow = {
  uuid: string;
  slug: string;
  name_zh: string;
  name_en: string | null;
  description_zh: string;
  email: string | null;
  website: string | null;
  phone: string | null;
  founded_year: number | null;
  registration_zh: string | null;
  is_sample: boolean;
  accepts_donations: boolean;
  donation_info_zh: string | null;
  updated_at: Date;
  reviewed_at: Date | null;
};

export type TermRow = {
  kind: "need" | "mode";
  uuid: string;
  slug: string;
  name_zh: string;
  name_en: string | null;
  summary_zh: string;
  summary_en: string | null;
};

export type ServiceRow = {
  org: OrganizationRow;
  mode: TermRow & { updated_at: Date };
  note_zh: string | null;
  children_served: number | null;
  sites: number | null;
};

/** Drops undefined and null fields. */
function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const email = (value: string | null) => (value && EMAIL.test(value) ? value : undefined);
function httpUrl(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A calendar date in China (YYYY-MM-DD), as HSDS wants for assured_date. */
export const chinaDate = (date: Date) => new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

// A service is an organization running a mode. Its id is the organization's id XOR a key derived from the
// mode's id (version and variant bits left as the organization's), so it is stable while both are, and the
// organization can be found again from it with one indexed lookup per candidate mode.
function hexXor(a: string, b: string): string {
  const x = a.replace(/-/g, "");
  const y = b.replace(/-/g, "");
  let out = "";
  for (let i = 0; i < 32; i++) out += (parseInt(x[i]!, 16) ^ parseInt(y[i]!, 16)).toString(16);
  return `${out.slice(0, 8)}-${out.slice(8, 12)}-${out.slice(12, 16)}-${out.slice(16, 20)}-${out.slice(20)}`;
}
function modeKey(modeUuid: string): string {
  const hex = derivedUuid("service-key", modeUuid).replace(/-/g, "").split("");
  hex[12] = "0"; // version nibble
  hex[16] = (parseInt(hex[16]!, 16) & 0x3).toString(16); // variant bits
  return hex.join("");
}
export const serviceUuid = (orgUuid: string, modeUuid: string) => hexXor(orgUuid, modeKey(modeUuid));
export const organizationUuidOfService = (serviceId: string, modeUuid: string) => hexXor(serviceId, modeKey(modeUuid));

export const pageUrl = (origin: string, path: string) => `${origin}${path}`;

export function taxonomy(key: TaxonomyKey, origin: string): Json {
  const t = TAXONOMIES[key];
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    uri: `${origin}/data#taxonomy-${key}`,
    version: t.version,
  };
}

export function termFromRow(row: TermRow, origin: string): Json {
  const t = TAXONOMIES[row.kind];
  return compact({
    id: row.uuid,
    code: row.slug,
    name: row.name_en ? `${row.name_zh} / ${row.name_en}` : row.name_zh,
    description: row.summary_en ? `${row.summary_zh} / ${row.summary_en}` : row.summary_zh,
    taxonomy: t.name,
    taxonomy_id: t.id,
    language: "zh-CN",
    term_uri: `${origin}/${row.kind === "need" ? "needs" : "modes"}/${row.slug}`,
  });
}

export function flagTerm(key: FlagKey): Json {
  const t = FLAG_TERMS[key];
  return { ...t, taxonomy: TAXONOMIES.flag.name, taxonomy_id: TAXONOMIES.flag.id, language: "zh-CN" };
}

/** An HSDS attribute linking `linkId` (of `entity`) to a term, with the full term nested. */
function attribute(entity: string, linkId: string, term: Json, value?: string): Json {
  return compact({
    id: derivedUuid("attribute", linkId, String(term.id)),
    link_id: linkId,
    link_type: entity,
    link_entity: entity,
    taxonomy_term_id: term.id,
    taxonomy_term: term,
    value,
  });
}

function reviewMetadata(resourceId: string, resourceType: string, reviewedAt: Date | null): Json[] {
  if (!reviewedAt) return [];
  return [
    {
      id: derivedUuid("metadata", resourceId, "reviewed"),
      resource_id: resourceId,
      resource_type: resourceType,
      last_action_date: chinaDate(reviewedAt),
      last_action_type: "reviewed",
      field_name: "",
      previous_value: "",
      replacement_value: "",
      updated_by: "基金会工作人员 / foundation staff",
    },
  ];
}

/** The basic organization (the list item: one-to-one fields only). */
export function organizationBasic(row: OrganizationRow, origin: string): Json {
  return compact({
    id: row.uuid,
    name: row.name_zh,
    alternate_name: row.name_en ?? undefined,
    description: row.description_zh,
    email: email(row.email),
    website: httpUrl(row.website),
    year_incorporated: row.founded_year ?? undefined,
    legal_status: row.registration_zh ?? undefined,
    uri: pageUrl(origin, `/organizations/${row.slug}`),
  });
}

/** The full organization (GET /organizations/{id}). */
export function organizationFull(row: OrganizationRow, modes: TermRow[], origin: string): Json {
  const attributes: Json[] = [];
  if (row.is_sample) attributes.push(attribute("organization", row.uuid, flagTerm("sample"), "true"));
  if (row.accepts_donations) {
    attributes.push(attribute("organization", row.uuid, flagTerm("donations"), row.donation_info_zh ?? "true"));
  }
  for (const mode of modes) attributes.push(attribute("organization", row.uuid, termFromRow(mode, origin)));
  return {
    ...organizationBasic(row, origin),
    funding: [],
    contacts: [],
    phones: row.phone ? [{ id: derivedUuid("phone", row.uuid), organization_id: row.uuid, number: row.phone }] : [],
    locations: [],
    programs: [],
    organization_identifiers: [],
    attributes,
    metadata: reviewMetadata(row.uuid, "organization", row.reviewed_at),
  };
}

export function serviceBasic(row: ServiceRow, origin: string): Json {
  const id = serviceUuid(row.org.uuid, row.mode.uuid);
  const lastModified = row.org.updated_at > row.mode.updated_at ? row.org.updated_at : row.mode.updated_at;
  return compact({
    id,
    organization_id: row.org.uuid,
    name: `${row.mode.name_zh}｜${row.org.name_zh}`,
    alternate_name: row.mode.name_en && row.org.name_en ? `${row.mode.name_en} | ${row.org.name_en}` : undefined,
    description: row.note_zh ?? row.mode.summary_zh,
    url: pageUrl(origin, `/organizations/${row.org.slug}`),
    email: email(row.org.email),
    status: "active",
    assured_date: row.org.reviewed_at ? chinaDate(row.org.reviewed_at) : undefined,
    last_modified: lastModified.toISOString(),
  });
}

export type AreaRow = { code: string; name_zh: string; name_en: string | null; path_zh: string };

export function serviceFull(row: ServiceRow, needs: TermRow[], areas: AreaRow[], origin: string): Json {
  const basic = serviceBasic(row, origin);
  const id = String(basic.id);
  const attributes: Json[] = [attribute("service", id, termFromRow(row.mode, origin))];
  for (const need of needs) attributes.push(attribute("service", id, termFromRow(need, origin)));
  if (row.org.is_sample) attributes.push(attribute("service", id, flagTerm("sample"), "true"));
  return {
    ...basic,
    organization: organizationBasic(row.org, origin),
    phones: row.org.phone ? [{ id: derivedUuid("phone", id), service_id: id, number: row.org.phone }] : [],
    schedules: [],
    service_areas: areas.map((area) => ({
      id: derivedUuid("service_area", id, area.code),
      service_id: id,
      name: area.path_zh,
      description: `GB/T 2260 ${area.code}${area.name_en ? ` (${area.name_en})` : ""}`,
      uri: pageUrl(origin, `/organizations?region=${area.code}`),
    })),
    service_at_locations: [],
    languages: [{ id: derivedUuid("language", id, "zh"), service_id: id, name: "中文", code: "zh" }],
    funding: [],
    cost_options: [],
    required_documents: [],
    contacts: [],
    attributes,
    metadata: reviewMetadata(id, "service", row.org.reviewed_at),
  };
}

/** The standard's page envelope. */
export function page(contents: Json[], total: number, pageNumber: number, perPage: number): Json {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
