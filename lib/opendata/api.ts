import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { consumeRateLimit } from "@/lib/rate-limit";
import {
  flagTerm,
  organizationBasic,
  organizationFull,
  page,
  serviceBasic,
  serviceFull,
  taxonomy,
  termFromRow,
} from "./hsds";
import { DATA_LICENCE, HSDS_VERSION } from "./licence";
import { type ListParams, parseId, parseListParams } from "./params";
import { findOrganization, findService, listOrganizations, listServices, listTerms } from "./queries";
import { TAXONOMIES, type TaxonomyKey } from "./taxonomies";

/** Requests per client and minute, shared by every endpoint of the API. */
export const HSDS_RATE_LIMIT = { limit: 240, windowMs: 60_000 };

type Json = Record<string, unknown>;
type Issue = { parameter: string; message: string };
export type Outcome =
  | { status: 200; body: Json; lastModified?: Date; single?: boolean }
  | { status: 400; errors: Issue[] }
  | { status: 404 };
export type EndpointContext = { prisma: PrismaClient; url: URL; origin: string; id?: string };
export type Endpoint = (context: EndpointContext) => Promise<Outcome>;

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "ETag, Last-Modified, Link, Retry-After",
};
const LINK = `<${DATA_LICENCE.url}>; rel="license"`;

function errorResponse(status: number, message: string, errors: Issue[] = [], extra: Record<string, string> = {}) {
  return new Response(JSON.stringify({ error: { status, message, errors } }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...CORS, ...extra },
  });
}

const lastModifiedOf = (items: { last_modified?: unknown }[], dates: Date[]) => {
  const all = [...dates, ...items.map((i) => (typeof i.last_modified === "string" ? new Date(i.last_modified) : null))];
  const valid = all.filter((d): d is Date => d instanceof Date && !Number.isNaN(d.getTime()));
  return valid.length ? new Date(Math.max(...valid.map((d) => d.getTime()))) : undefined;
};

/**
 * Answers one API request: the per-client limit, the endpoint, then JSON with CORS, caching headers and
 * conditional requests (If-None-Match always; If-Modified-Since on single records, whose Last-Modified is
 * exact: a list can lose a record without any remaining one changing).
 */
export async function serveHsds(
  prisma: PrismaClient,
  request: Request,
  endpoint: Endpoint,
  client: string,
  id?: string,
): Promise<Response> {
  const limit = await consumeRateLimit(prisma, `hsds:${client}`, HSDS_RATE_LIMIT);
  if (!limit.allowed) {
    const seconds = String(Math.max(1, Math.ceil(limit.retryAfterMs / 1000)));
    return errorResponse(429, "Too many requests: slow down, or download the data package.", [], {
      "retry-after": seconds,
    });
  }
  const url = new URL(request.url);
  const outcome = await endpoint({ prisma, url, origin: url.origin, id });
  if (outcome.status === 400) return errorResponse(400, "Bad request parameters.", outcome.errors);
  if (outcome.status === 404) return errorResponse(404, "No published record has this id.");

  const text = JSON.stringify(outcome.body);
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 32)}"`;
  const headers: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "public, max-age=60, must-revalidate",
    etag,
    link: LINK,
    ...CORS,
  };
  if (outcome.lastModified) headers["last-modified"] = outcome.lastModified.toUTCString();
  const ifNoneMatch = request.headers.get("if-none-match");
  const notModified = ifNoneMatch
    ? ifNoneMatch
        .split(",")
        .map((t) => t.trim().replace(/^W\//, ""))
        .some((t) => t === etag || t === "*")
    : Boolean(
        outcome.single &&
        outcome.lastModified &&
        request.headers.get("if-modified-since") &&
        Math.floor(outcome.lastModified.getTime() / 1000) * 1000 <=
          Date.parse(request.headers.get("if-modified-since")!),
      );
  if (notModified) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers });
}

/** The answer to a CORS preflight. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      "access-control-allow-methods": "GET, HEAD, OPTIONS",
      "access-control-allow-headers": "If-None-Match, If-Modified-Since",
      "access-control-max-age": "86400",
    },
  });
}

function withList(handler: (context: EndpointContext, params: ListParams) => Promise<Outcome>): Endpoint {
  return async (context) => {
    const parsed = parseListParams(context.url.searchParams);
    return parsed.ok ? handler(context, parsed.value) : { status: 400, errors: parsed.errors };
  };
}
function withId(handler: (context: EndpointContext, id: string) => Promise<Outcome>): Endpoint {
  return async (context) => {
    const parsed = parseId(context.id ?? "");
    return parsed.ok ? handler(context, parsed.value) : { status: 400, errors: parsed.errors };
  };
}

/** Pages a short in-memory list (taxonomies, terms). */
function memoryPage(items: Json[], params: ListParams): Json {
  const start = (params.page - 1) * params.per_page;
  return page(items.slice(start, start + params.per_page), items.length, params.page, params.per_page);
}
const matches = (search: string | undefined, ...texts: unknown[]) =>
  !search || texts.some((t) => typeof t === "string" && t.toLowerCase().includes(search.toLowerCase()));

async function allTerms(prisma: PrismaClient, origin: string): Promise<Json[]> {
  const rows = await listTerms(prisma);
  return [...rows.map((r) => termFromRow(r, origin)), flagTerm("sample"), flagTerm("donations")];
}

export const endpoints = {
  root: (async ({ origin }) => ({
    status: 200,
    body: {
      version: HSDS_VERSION,
      profile: `${origin}/data`,
      openapi_url: `${origin}/api/hsds/openapi.json`,
      licence: { id: DATA_LICENCE.id, name: DATA_LICENCE.name, url: DATA_LICENCE.url },
      attribution: { zh: DATA_LICENCE.attributionZh, en: DATA_LICENCE.attributionEn },
      data_package_url: `${origin}/api/hsds/datapackage.zip`,
    },
  })) satisfies Endpoint,

  organizations: withList(async ({ prisma, origin }, params) => {
    const { total, rows } = await listOrganizations(prisma, params);
    return {
      status: 200,
      body: page(
        rows.map((r) => organizationBasic(r, origin)),
        total,
        params.page,
        params.per_page,
      ),
      lastModified: lastModifiedOf(
        [],
        rows.map((r) => r.updated_at),
      ),
    };
  }),

  organization: withId(async ({ prisma, origin }, id) => {
    const found = await findOrganization(prisma, id);
    if (!found) return { status: 404 };
    const services = found.services.map((s) => serviceBasic(s, origin));
    const modes = found.services.map((s) => s.mode);
    return {
      status: 200,
      // The standard's GET /organizations/{id} nests the organization's services (their list items).
      body: { ...organizationFull(found.row, modes, origin), services },
      lastModified: lastModifiedOf(services, [found.row.updated_at]),
      single: true,
    };
  }),

  services: withList(async ({ prisma, origin }, params) => {
    const { total, rows } = await listServices(prisma, params);
    const contents = rows.map((r) => serviceBasic(r, origin));
    return {
      status: 200,
      body: page(contents, total, params.page, params.per_page),
      lastModified: lastModifiedOf(contents, []),
    };
  }),

  service: withId(async ({ prisma, origin }, id) => {
    const found = await findService(prisma, id);
    if (!found) return { status: 404 };
    const body = serviceFull(found.row, found.needs, found.areas, origin);
    // The needs' names and summaries are in the body too: their changes count.
    const lastModified = lastModifiedOf(
      [body],
      found.needs.map((n) => n.updated_at),
    );
    return { status: 200, body, lastModified, single: true };
  }),

  taxonomies: withList(async ({ origin }, params) => {
    const items = (Object.keys(TAXONOMIES) as TaxonomyKey[])
      .map((key) => taxonomy(key, origin))
      .filter((t) => matches(params.search, t.name, t.description));
    return { status: 200, body: memoryPage(items, params) };
  }),

  taxonomy: withId(async ({ origin }, id) => {
    const key = (Object.keys(TAXONOMIES) as TaxonomyKey[]).find((k) => TAXONOMIES[k].id === id);
    return key ? { status: 200, body: taxonomy(key, origin), single: false } : { status: 404 };
  }),

  taxonomyTerms: withList(async ({ prisma, origin }, params) => {
    const items = (await allTerms(prisma, origin)).filter(
      (t) =>
        matches(params.search, t.name, t.description, t.code) &&
        (!params.taxonomy_id || t.taxonomy_id === params.taxonomy_id) &&
        !params.parent_id,
    );
    return { status: 200, body: memoryPage(items, params) };
  }),

  taxonomyTerm: withId(async ({ prisma, origin }, id) => {
    const term = (await allTerms(prisma, origin)).find((t) => t.id === id);
    return term ? { status: 200, body: term } : { status: 404 };
  }),
} satisfies Record<string, Endpoint>;
