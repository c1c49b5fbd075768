import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { isPublic } from "@/lib/records/visibility";
import { toTsQuery } from "@/lib/search/text-query";
import { provinceBit } from "@/lib/domain/identifiers";
import {
  type AreaRow,
  type OrganizationRow,
  type ServiceRow,
  type TermRow,
  organizationUuidOfService,
  serviceUuid,
} from "./hsds";
import type { ListParams } from "./params";
import { FLAG_TERMS, TAXONOMIES } from "./taxonomies";

// Reads for the HSDS API and the data package: published records only (isPublic), a bounded number of
// statements per request (a page is two: its count and its rows).

const ORG_COLUMNS = Prisma.sql`o.uuid::text AS uuid, o.slug, o.name_zh, o.name_en, o.description_zh, o.email, o.website,
  o.phone, o.founded_year, o.registration_zh, o.is_sample, o.accepts_donations, o.donation_info_zh, o.updated_at,
  o.reviewed_at`;

const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`);

/** Bit of a published need or mode (by slug or uuid) as a bigint mask, 0 when there is none. */
const needBit = (where: Prisma.Sql) =>
  Prisma.sql`coalesce((SELECT 1::bigint << n.facet_bit FROM need n WHERE ${where} AND ${isPublic("n")}), 0)`;
const modeBit = (where: Prisma.Sql) =>
  Prisma.sql`coalesce((SELECT 1::bigint << m.facet_bit FROM intervention_mode m WHERE ${where} AND ${isPublic("m")}), 0)`;

type OrganizationQuery = {
  /** Conditions on organization_filter (f) only: counted from filter_profile when `profile` is set. */
  filter: Prisma.Sql[];
  /** The same conditions as they read on filter_profile (p), or null when one of them cannot be. */
  profile: Prisma.Sql[] | null;
  /** Conditions that need the organization row (o). */
  row: Prisma.Sql[];
};

function organizationQuery(params: ListParams): OrganizationQuery {
  const q: OrganizationQuery = { filter: [], profile: [], row: [] };
  const both = (f: Prisma.Sql, p: Prisma.Sql | null) => {
    q.filter.push(f);
    if (p && q.profile) q.profile.push(p);
    else q.profile = null;
  };
  if (params.search) {
    const text = toTsQuery(params.search);
    q.row.push(text ? Prisma.sql`o.search_vector @@ ${text}::tsquery` : Prisma.sql`FALSE`);
  }
  if (params.modified_after) q.row.push(Prisma.sql`o.updated_at >= ${params.modified_after}`);
  if (params.organization_id) q.row.push(Prisma.sql`o.uuid = ${params.organization_id}::uuid`);
  if (params.need) {
    const bit = needBit(Prisma.sql`n.slug = ${params.need}`);
    both(Prisma.sql`(f.need_mask & ${bit}) <> 0`, Prisma.sql`(p.need_mask & ${bit}) <> 0`);
  }
  if (params.region) {
    const province = params.region.endsWith("0000") ? provinceBit(params.region) : -1;
    both(
      Prisma.sql`f.region_codes @> ARRAY[${params.region}]::text[]`,
      province >= 0 ? Prisma.sql`(p.province_mask & (1::bigint << ${province})) <> 0` : null,
    );
  }
  const term = params.taxonomy_term_id;
  if (term === FLAG_TERMS.sample.id) q.row.push(Prisma.sql`o.is_sample`);
  else if (term === FLAG_TERMS.donations.id) both(Prisma.sql`f.accepts_donations`, Prisma.sql`p.accepts_donations`);
  else if (term) {
    const need = needBit(Prisma.sql`n.uuid = ${term}::uuid`);
    const mode = modeBit(Prisma.sql`m.uuid = ${term}::uuid`);
    both(
      Prisma.sql`((f.need_mask & ${need}) <> 0 OR (f.mode_mask & ${mode}) <> 0)`,
      Prisma.sql`((p.need_mask & ${need}) <> 0 OR (p.mode_mask & ${mode}) <> 0)`,
    );
  }
  const taxonomy = params.taxonomy_id;
  if (taxonomy === TAXONOMIES.need.id) both(Prisma.sql`f.need_mask <> 0`, Prisma.sql`p.need_mask <> 0`);
  else if (taxonomy === TAXONOMIES.mode.id) both(Prisma.sql`f.mode_mask <> 0`, Prisma.sql`p.mode_mask <> 0`);
  else if (taxonomy === TAXONOMIES.flag.id) q.row.push(Prisma.sql`(o.is_sample OR o.accepts_donations)`);
  else if (taxonomy) both(Prisma.sql`FALSE`, Prisma.sql`FALSE`);
  return q;
}

/**
 * A page of published organizations in id order, and how many there are. Two statements whatever the
 * data's size: without free text or row conditions, the total is summed from filter_profile (a few hundred
 * rows, decision 005) and the page's ids come from the narrow organization_filter before the 50 rows are read.
 */
export async function listOrganizations(
  prisma: PrismaClient,
  params: ListParams,
): Promise<{ total: number; rows: OrganizationRow[] }> {
  const q = organizationQuery(params);
  const filter = and([Prisma.sql`f.visible`, ...q.filter]);
  const row = and([isPublic("o"), ...q.row]);
  const [counted] =
    q.profile && !q.row.length
      ? await prisma.$queryRaw<{ total: number }[]>`
          SELECT coalesce(sum(p.organizations), 0)::int AS total FROM filter_profile p WHERE ${and(q.profile)}`
      : await prisma.$queryRaw<{ total: number }[]>`
          SELECT count(*)::int AS total FROM organization_filter f JOIN organization o ON o.id = f.organization_id
          WHERE ${filter} AND ${row}`;
  const total = counted?.total ?? 0;
  const offset = (params.page - 1) * params.per_page;
  if (offset >= total) return { total, rows: [] };
  const rows = q.row.length
    ? await prisma.$queryRaw<OrganizationRow[]>`
        SELECT ${ORG_COLUMNS} FROM organization_filter f JOIN organization o ON o.id = f.organization_id
        WHERE ${filter} AND ${row} ORDER BY o.id LIMIT ${params.per_page} OFFSET ${offset}`
    : await prisma.$queryRaw<OrganizationRow[]>`
        WITH ids AS (
          SELECT f.organization_id FROM organization_filter f WHERE ${filter}
          ORDER BY f.organization_id LIMIT ${params.per_page} OFFSET ${offset})
        SELECT ${ORG_COLUMNS} FROM ids JOIN organization o ON o.id = ids.organization_id WHERE ${row} ORDER BY o.id`;
  return { total, rows };
}

const TERM_COLUMNS = (alias: string) =>
  Prisma.raw(
    `${alias}.uuid::text AS uuid, ${alias}.slug, ${alias}.name_zh, ${alias}.name_en, ${alias}.summary_zh, ${alias}.summary_en`,
  );

/** A published organization with the published modes it runs (its services, in the order /services lists them), or null. */
export async function findOrganization(
  prisma: PrismaClient,
  id: string,
): Promise<{ row: OrganizationRow; services: ServiceRow[] } | null> {
  const [row] = await prisma.$queryRaw<OrganizationRow[]>`
    SELECT ${ORG_COLUMNS} FROM organization o WHERE o.uuid = ${id}::uuid AND ${isPublic("o")}`;
  if (!row) return null;
  const modes = await prisma.$queryRaw<(Omit<TermRow, "kind"> & { updated_at: Date; note_zh: string | null })[]>`
    SELECT ${TERM_COLUMNS("m")}, m.updated_at, om.note_zh FROM organization_mode om
    JOIN intervention_mode m ON m.id = om.mode_id JOIN organization o ON o.id = om.organization_id
    WHERE o.uuid = ${id}::uuid AND ${isPublic("m")} ORDER BY m.sort_order, m.id`;
  return {
    row,
    services: modes.map(({ note_zh, ...mode }) => ({
      org: row,
      mode: { ...mode, kind: "mode" as const },
      note_zh,
      children_served: null,
      sites: null,
    })),
  };
}

type ServiceSqlRow = OrganizationRow & {
  m_uuid: string;
  m_slug: string;
  m_name_zh: string;
  m_name_en: string | null;
  m_summary_zh: string;
  m_summary_en: string | null;
  m_updated_at: Date;
  note_zh: string | null;
  om_children: number | null;
  om_sites: number | null;
  org_id: number;
  mode_id: number;
};

const SERVICE_SELECT = Prisma.sql`SELECT ${ORG_COLUMNS}, m.uuid::text AS m_uuid, m.slug AS m_slug, m.name_zh AS m_name_zh,
  m.name_en AS m_name_en, m.summary_zh AS m_summary_zh, m.summary_en AS m_summary_en, m.updated_at AS m_updated_at,
  om.note_zh, om.children_served AS om_children, om.sites AS om_sites, o.id AS org_id, m.id AS mode_id
  FROM organization_mode om JOIN organization o ON o.id = om.organization_id JOIN intervention_mode m ON m.id = om.mode_id`;

function toServiceRow(r: ServiceSqlRow): ServiceRow {
  return {
    org: r,
    mode: {
      kind: "mode",
      uuid: r.m_uuid,
      slug: r.m_slug,
      name_zh: r.m_name_zh,
      name_en: r.m_name_en,
      summary_zh: r.m_summary_zh,
      summary_en: r.m_summary_en,
      updated_at: r.m_updated_at,
    },
    note_zh: r.note_zh,
    children_served: r.om_children,
    sites: r.om_sites,
  };
}

const regionSubtree = (code: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM organization_region orr JOIN region r ON r.code = orr.region_code
    WHERE orr.organization_id = o.id AND (r.code = ${code} OR r.province_code = ${code} OR r.city_code = ${code}))`;
const meetsNeed = (where: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM mode_need mn JOIN need n ON n.id = mn.need_id
    WHERE mn.mode_id = m.id AND ${where} AND ${isPublic("n")})`;

function serviceConditions(params: ListParams): Prisma.Sql {
  const parts: Prisma.Sql[] = [isPublic("o"), isPublic("m")];
  if (params.search) {
    const q = toTsQuery(params.search);
    const like = `%${params.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(
      q
        ? Prisma.sql`(o.search_vector @@ ${q}::tsquery OR m.name_zh ILIKE ${like} OR m.name_en ILIKE ${like})`
        : Prisma.sql`(m.name_zh ILIKE ${like} OR m.name_en ILIKE ${like})`,
    );
  }
  if (params.modified_after) parts.push(Prisma.sql`greatest(o.updated_at, m.updated_at) >= ${params.modified_after}`);
  if (params.organization_id) parts.push(Prisma.sql`o.uuid = ${params.organization_id}::uuid`);
  if (params.need) parts.push(meetsNeed(Prisma.sql`n.slug = ${params.need}`));
  if (params.region) parts.push(regionSubtree(params.region));
  const term = params.taxonomy_term_id;
  if (term === FLAG_TERMS.sample.id) parts.push(Prisma.sql`o.is_sample`);
  else if (term === FLAG_TERMS.donations.id) parts.push(Prisma.sql`o.accepts_donations`);
  else if (term) parts.push(Prisma.sql`(m.uuid = ${term}::uuid OR ${meetsNeed(Prisma.sql`n.uuid = ${term}::uuid`)})`);
  const taxonomy = params.taxonomy_id;
  if (taxonomy === TAXONOMIES.need.id) parts.push(meetsNeed(Prisma.sql`TRUE`));
  else if (taxonomy === TAXONOMIES.flag.id) parts.push(Prisma.sql`(o.is_sample OR o.accepts_donations)`);
  else if (taxonomy && taxonomy !== TAXONOMIES.mode.id) parts.push(Prisma.sql`FALSE`);
  return and(parts);
}

export async function listServices(
  prisma: PrismaClient,
  params: ListParams,
): Promise<{ total: number; rows: ServiceRow[] }> {
  const where = serviceConditions(params);
  const [counted] = await prisma.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM organization_mode om JOIN organization o ON o.id = om.organization_id
    JOIN intervention_mode m ON m.id = om.mode_id WHERE ${where}`;
  const total = counted?.total ?? 0;
  const offset = (params.page - 1) * params.per_page;
  if (offset >= total) return { total, rows: [] };
  const rows = await prisma.$queryRaw<ServiceSqlRow[]>`
    ${SERVICE_SELECT} WHERE ${where} ORDER BY o.id, m.sort_order, m.id LIMIT ${params.per_page} OFFSET ${offset}`;
  return { total, rows: rows.map(toServiceRow) };
}

/** A published service (organization × mode) by its id, with the needs it meets and its areas. */
export async function findService(
  prisma: PrismaClient,
  id: string,
): Promise<{ row: ServiceRow; needs: (TermRow & { updated_at: Date })[]; areas: AreaRow[] } | null> {
  const modes = await prisma.$queryRaw<{ uuid: string }[]>`
    SELECT m.uuid::text AS uuid FROM intervention_mode m WHERE ${isPublic("m")}`;
  if (!modes.length) return null;
  const candidates = modes.map((m) => Prisma.sql`(${organizationUuidOfService(id, m.uuid)}::uuid, ${m.uuid}::uuid)`);
  const rows = await prisma.$queryRaw<ServiceSqlRow[]>`
    ${SERVICE_SELECT} WHERE (o.uuid, m.uuid) IN (${Prisma.join(candidates)}) AND ${isPublic("o")} AND ${isPublic("m")}`;
  const found = rows.map(toServiceRow).find((r) => serviceUuid(r.org.uuid, r.mode.uuid) === id);
  if (!found) return null;
  const raw = rows.find((r) => r.m_uuid === found.mode.uuid)!;
  const [needs, areas] = await Promise.all([
    prisma.$queryRaw<(Omit<TermRow, "kind"> & { updated_at: Date })[]>`
      SELECT ${TERM_COLUMNS("n")}, n.updated_at FROM mode_need mn JOIN need n ON n.id = mn.need_id
      WHERE mn.mode_id = ${raw.mode_id} AND ${isPublic("n")} ORDER BY n.sort_order, n.id`,
    prisma.$queryRaw<AreaRow[]>`
      SELECT r.code, r.name_zh, r.name_en,
        concat_ws(' ', p.name_zh, c.name_zh, CASE WHEN r.code <> r.province_code AND r.code IS DISTINCT FROM r.city_code THEN r.name_zh END) AS path_zh
      FROM organization_region orr JOIN region r ON r.code = orr.region_code
      JOIN region p ON p.code = r.province_code LEFT JOIN region c ON c.code = r.city_code
      WHERE orr.organization_id = ${raw.org_id} ORDER BY r.code`,
  ]);
  return { row: found, needs: needs.map((n) => ({ ...n, kind: "need" as const })), areas };
}

/** Every published need and mode as taxonomy terms (a few dozen rows). */
export async function listTerms(prisma: PrismaClient): Promise<TermRow[]> {
  const [needs, modes] = await Promise.all([
    prisma.$queryRaw<Omit<TermRow, "kind">[]>`
      SELECT ${TERM_COLUMNS("n")} FROM need n WHERE ${isPublic("n")} ORDER BY n.sort_order, n.id`,
    prisma.$queryRaw<Omit<TermRow, "kind">[]>`
      SELECT ${TERM_COLUMNS("m")} FROM intervention_mode m WHERE ${isPublic("m")} ORDER BY m.sort_order, m.id`,
  ]);
  return [
    ...needs.map((n) => ({ ...n, kind: "need" as const })),
    ...modes.map((m) => ({ ...m, kind: "mode" as const })),
  ];
}
