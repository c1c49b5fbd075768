import "server-only";
import { Zip, ZipDeflate } from "fflate";
import { toCsv } from "@/lib/csv/write";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { isPublic } from "@/lib/records/visibility";
import {
  type AreaRow,
  type OrganizationRow,
  type TermRow,
  flagTerm,
  organizationFull,
  serviceFull,
  taxonomy,
  termFromRow,
} from "./hsds";
import { DATA_LICENCE, HSDS_VERSION, UPDATE_RHYTHM } from "./licence";
import { listTerms } from "./queries";
import organizationSchema from "./standard/organization.json";
import serviceSchema from "./standard/service.json";
import serviceAreaSchema from "./standard/service_area.json";
import phoneSchema from "./standard/phone.json";
import attributeSchema from "./standard/attribute.json";
import metadataSchema from "./standard/metadata.json";
import taxonomySchema from "./standard/taxonomy.json";
import taxonomyTermSchema from "./standard/taxonomy_term.json";
import languageSchema from "./standard/language.json";
import { TAXONOMIES, type TaxonomyKey } from "./taxonomies";

// The whole published directory as an HSDS tabular data package: datapackage.json and one CSV per HSDS
// table, zipped and streamed while it is built (organizations are read in batches).

type Json = Record<string, unknown>;
type HsdsSchema = { name: string; path: string; description: string; properties: Record<string, Json> };
type Batch = { organizations: Json[]; services: Json[] };

/** The tables of the package: the HSDS schema of each, and how its rows come out of a batch. */
const TABLES: { schema: HsdsSchema; rows: (batch: Batch) => Json[] }[] = [
  { schema: organizationSchema as HsdsSchema, rows: (b) => b.organizations },
  { schema: serviceSchema as HsdsSchema, rows: (b) => b.services },
  { schema: serviceAreaSchema as HsdsSchema, rows: (b) => b.services.flatMap((s) => s.service_areas as Json[]) },
  { schema: languageSchema as HsdsSchema, rows: (b) => b.services.flatMap((s) => s.languages as Json[]) },
  {
    schema: phoneSchema as HsdsSchema,
    rows: (b) => [...b.organizations, ...b.services].flatMap((x) => x.phones as Json[]),
  },
  {
    schema: attributeSchema as HsdsSchema,
    rows: (b) =>
      [...b.organizations, ...b.services].flatMap((x) =>
        (x.attributes as Json[]).map(({ taxonomy_term: _term, ...a }) => a),
      ),
  },
  {
    schema: metadataSchema as HsdsSchema,
    rows: (b) => [...b.organizations, ...b.services].flatMap((x) => x.metadata as Json[]),
  },
];

/** The one-to-one columns of an HSDS table (arrays and nested objects are tables of their own). */
export function tableColumns(schema: HsdsSchema): string[] {
  return Object.entries(schema.properties)
    .filter(([, p]) => p.type !== "array" && p.type !== "object" && !p.$ref)
    .map(([name]) => name);
}

const FIELD_TYPES: Record<string, string> = {
  string: "string",
  number: "number",
  integer: "integer",
  boolean: "boolean",
};

/** A tabular-data-resource description of a table, from the standard's schema. */
function resource(schema: HsdsSchema): Json {
  return {
    name: schema.name,
    path: schema.path,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    description: schema.description,
    schema: {
      fields: tableColumns(schema).map((name) => {
        const p = schema.properties[name]!;
        return {
          name,
          type: FIELD_TYPES[String(p.type)] ?? "string",
          ...(p.format ? { format: p.format === "uuid" ? "uuid" : p.format === "uri" ? "uri" : "default" } : {}),
          ...(p.description ? { description: p.description } : {}),
        };
      }),
      primaryKey: "id",
    },
  };
}

export function dataPackageDescriptor(origin: string, now: Date): Json {
  return {
    profile: "tabular-data-package",
    name: "resource-navigator-hsds",
    title: "公益导航 Resource Navigator — HSDS 3.0",
    description:
      "留守儿童相关机构、服务与需求分类的已发布记录。Published records of the directory of organizations, services and needs for rural left-behind children, as Open Referral HSDS 3.0 tables.",
    version: HSDS_VERSION,
    homepage: `${origin}/data`,
    created: now.toISOString(),
    licenses: [{ name: DATA_LICENCE.id, path: DATA_LICENCE.url, title: DATA_LICENCE.name }],
    attribution: { zh: DATA_LICENCE.attributionZh, en: DATA_LICENCE.attributionEn },
    update_rhythm: UPDATE_RHYTHM,
    resources: [...TABLES.map((t) => t.schema), taxonomySchema as HsdsSchema, taxonomyTermSchema as HsdsSchema].map(
      resource,
    ),
  };
}

const ORG_COLUMNS = Prisma.sql`o.id, o.uuid::text AS uuid, o.slug, o.name_zh, o.name_en, o.description_zh, o.email,
  o.website, o.phone, o.founded_year, o.registration_zh, o.is_sample, o.accepts_donations, o.donation_info_zh,
  o.updated_at, o.reviewed_at`;
const BATCH = 1000;

/** Published organizations, with their services, in batches by id. */
async function* batches(prisma: PrismaClient, origin: string, terms: TermRow[]): AsyncGenerator<Batch> {
  const needsOfMode = new Map<string, TermRow[]>();
  const links = await prisma.$queryRaw<{ mode: string; need: string }[]>`
    SELECT m.uuid::text AS mode, n.uuid::text AS need FROM mode_need mn
    JOIN intervention_mode m ON m.id = mn.mode_id JOIN need n ON n.id = mn.need_id
    WHERE ${isPublic("m")} AND ${isPublic("n")} ORDER BY n.sort_order, n.id`;
  const termById = new Map(terms.map((t) => [t.uuid, t]));
  for (const { mode, need } of links) needsOfMode.set(mode, [...(needsOfMode.get(mode) ?? []), termById.get(need)!]);

  let after = 0;
  for (;;) {
    const orgs = await prisma.$queryRaw<(OrganizationRow & { id: number })[]>`
      SELECT ${ORG_COLUMNS} FROM organization o WHERE ${isPublic("o")} AND o.id > ${after} ORDER BY o.id LIMIT ${BATCH}`;
    if (!orgs.length) return;
    after = orgs[orgs.length - 1]!.id;
    const ids = orgs.map((o) => o.id);
    const [modes, areas] = await Promise.all([
      prisma.$queryRaw<{ org: number; uuid: string; note_zh: string | null; updated_at: Date }[]>`
        SELECT om.organization_id AS org, m.uuid::text AS uuid, om.note_zh, m.updated_at
        FROM organization_mode om JOIN intervention_mode m ON m.id = om.mode_id
        WHERE om.organization_id = ANY(${ids}) AND ${isPublic("m")} ORDER BY om.organization_id, m.sort_order, m.id`,
      prisma.$queryRaw<(AreaRow & { org: number })[]>`
        SELECT orr.organization_id AS org, r.code, r.name_zh, r.name_en,
          concat_ws(' ', p.name_zh, c.name_zh, CASE WHEN r.code <> r.province_code AND r.code IS DISTINCT FROM r.city_code THEN r.name_zh END) AS path_zh
        FROM organization_region orr JOIN region r ON r.code = orr.region_code
        JOIN region p ON p.code = r.province_code LEFT JOIN region c ON c.code = r.city_code
        WHERE orr.organization_id = ANY(${ids}) ORDER BY orr.organization_id, r.code`,
    ]);
    const batch: Batch = { organizations: [], services: [] };
    for (const org of orgs) {
      const own = modes.filter((m) => m.org === org.id);
      const ownTerms = own.map((m) => termById.get(m.uuid)!).filter(Boolean);
      batch.organizations.push(organizationFull(org, ownTerms, origin));
      const ownAreas = areas.filter((a) => a.org === org.id);
      for (const m of own) {
        const term = termById.get(m.uuid);
        if (!term) continue;
        const row = {
          org,
          mode: { ...term, updated_at: m.updated_at },
          note_zh: m.note_zh,
          children_served: null,
          sites: null,
        };
        batch.services.push(serviceFull(row, needsOfMode.get(m.uuid) ?? [], ownAreas, origin));
      }
    }
    yield batch;
  }
}

const csvRows = (columns: string[], rows: Json[]) =>
  toCsv(
    rows.map((r) => columns.map((c) => r[c])),
    { bom: false, defuseFormulas: false },
  );

/** The zipped package as a stream of bytes; database reads happen as the consumer pulls. */
export function dataPackageStream(prisma: PrismaClient, origin: string, now = new Date()): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let zip: Zip;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) controller.error(error);
        else {
          controller.enqueue(chunk);
          if (final) controller.close();
        }
      });
      try {
        const add = (name: string) => {
          const file = new ZipDeflate(name, { level: 6 });
          zip.add(file);
          return file;
        };
        add("datapackage.json").push(encoder.encode(JSON.stringify(dataPackageDescriptor(origin, now), null, 2)), true);
        const terms = await listTerms(prisma);
        for (const table of TABLES) {
          const columns = tableColumns(table.schema);
          const file = add(table.schema.path);
          file.push(encoder.encode(toCsv([columns], { bom: false })));
          for await (const batch of batches(prisma, origin, terms)) {
            file.push(encoder.encode(csvRows(columns, table.rows(batch))));
          }
          file.push(new Uint8Array(0), true);
        }
        const taxonomies = (Object.keys(TAXONOMIES) as TaxonomyKey[]).map((k) => taxonomy(k, origin));
        const termRows = [...terms.map((t) => termFromRow(t, origin)), flagTerm("sample"), flagTerm("donations")];
        for (const [schema, rows] of [
          [taxonomySchema as HsdsSchema, taxonomies],
          [taxonomyTermSchema as HsdsSchema, termRows],
        ] as const) {
          const columns = tableColumns(schema);
          add(schema.path).push(encoder.encode(toCsv([columns], { bom: false }) + csvRows(columns, rows)), true);
        }
        zip.end();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}
