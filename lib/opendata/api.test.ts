import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { HSDS_RATE_LIMIT, endpoints, preflight, serveHsds } from "./api";
import { seedUuid } from "./ids";
import { FLAG_TERMS, TAXONOMIES } from "./taxonomies";
import { assertValid, hsdsValidators } from "./testing/hsds-validator";

type Json = Record<string, unknown> & { contents?: Json[] };
type EndpointName = keyof typeof endpoints;

const database = setupTestDatabase();
let client = 0;

async function call(
  name: EndpointName,
  query = "",
  options: { id?: string; headers?: HeadersInit; key?: string } = {},
) {
  const request = new Request(`http://navigator.test/api/hsds/x${query ? `?${query}` : ""}`, {
    headers: options.headers,
  });
  return serveHsds(database.prisma, request, endpoints[name], options.key ?? `test-${client++}`, options.id);
}
async function json(name: EndpointName, query = "", id?: string): Promise<Json> {
  const response = await call(name, query, { id });
  expect(response.status, `${name} ${query} ${id ?? ""}`).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return (await response.json()) as Json;
}
const v = () => hsdsValidators();

async function publicOrganizations() {
  return database.prisma.organization.findMany({
    where: { status: "PUBLISHED", deletedAt: null },
    orderBy: { id: "asc" },
  });
}

describe("the validator set-up", () => {
  it("accepts the standard's own example and refuses a broken copy (uuid format on)", () => {
    const example = JSON.parse(
      readFileSync(path.join(process.cwd(), "lib/opendata/standard/examples/organization_full.json"), "utf8"),
    ) as Json;
    assertValid(v().organization, example, "the standard's example");
    expect(v().organization({ ...example, id: "not-a-uuid" })).toBe(false);
    expect(v().organization({ ...example, website: "not a uri" })).toBe(false);
  });
});

describe("GET /api/hsds/", () => {
  it("describes the API, its licence and the openapi document", async () => {
    const body = await json("root");
    assertValid(v().root, body, "root");
    expect(body.version).toBe("3.0");
    expect(body.openapi_url).toBe("http://navigator.test/api/hsds/openapi.json");
    expect(body.licence).toMatchObject({ id: "CC-BY-4.0" });
  });
});

describe("organizations", () => {
  it("pages through every published organization, each page valid", async () => {
    const expected = await publicOrganizations();
    const seen: string[] = [];
    for (let pageNumber = 1; ; pageNumber++) {
      const body = await json("organizations", `page=${pageNumber}&per_page=25`);
      assertValid(v().organizationPage, body, `organizations page ${pageNumber}`);
      expect(body.total_items).toBe(expected.length);
      expect(body.page_number).toBe(pageNumber);
      seen.push(...body.contents!.map((o) => String(o.id)));
      if (body.last_page) break;
    }
    expect(seen).toEqual(expected.map((o) => o.uuid));
  });

  it("a page past the end is empty, and valid", async () => {
    const body = await json("organizations", "page=999&per_page=50");
    assertValid(v().organizationPage, body, "empty page");
    expect(body).toMatchObject({ empty: true, size: 0, last_page: true, contents: [] });
  });

  it("one organization, fully nested, valid, with the sample flag and its modes as attributes", async () => {
    const [first] = await publicOrganizations();
    const body = await json("organization", "", first!.uuid);
    assertValid(v().organization, body, "organization");
    expect(body.id).toBe(first!.uuid);
    const attributes = body.attributes as Json[];
    expect(attributes.some((a) => a.taxonomy_term_id === FLAG_TERMS.sample.id && a.value === "true")).toBe(true);
    expect(attributes.some((a) => (a.taxonomy_term as Json).taxonomy_id === TAXONOMIES.mode.id)).toBe(true);
  });

  it("carries the last review as metadata and each service's assured_date, valid", async () => {
    const [first] = await publicOrganizations();
    const reviewedAt = new Date("2026-03-01T02:00:00Z");
    await database.prisma.organization.update({ where: { id: first!.id }, data: { reviewedAt } });
    try {
      const body = await json("organization", "", first!.uuid);
      assertValid(v().organization, body, "reviewed organization");
      expect(body.metadata).toEqual([
        expect.objectContaining({
          resource_id: first!.uuid,
          last_action_type: "reviewed",
          last_action_date: "2026-03-01",
        }),
      ]);
      const [service] = (await json("services", `organization_id=${first!.uuid}`)).contents!;
      const full = await json("service", "", String(service!.id));
      assertValid(v().service, full, "reviewed service");
      expect(full.assured_date).toBe("2026-03-01");
      expect((full.metadata as Json[])[0]).toMatchObject({ resource_type: "service", last_action_date: "2026-03-01" });
    } finally {
      await database.prisma.organization.update({ where: { id: first!.id }, data: { reviewedAt: first!.reviewedAt } });
    }
  });

  it("carries a phone number as HSDS phones of the organization and its services, valid", async () => {
    const [first] = await publicOrganizations();
    await database.prisma.organization.update({ where: { id: first!.id }, data: { phone: "028-8765 4321" } });
    try {
      const body = await json("organization", "", first!.uuid);
      assertValid(v().organization, body, "organization with a phone");
      expect(body.phones).toEqual([expect.objectContaining({ organization_id: first!.uuid, number: "028-8765 4321" })]);
      const [service] = (await json("services", `organization_id=${first!.uuid}`)).contents!;
      const full = await json("service", "", String(service!.id));
      assertValid(v().service, full, "service with a phone");
      expect(full.phones).toEqual([expect.objectContaining({ service_id: service!.id, number: "028-8765 4321" })]);
    } finally {
      await database.prisma.organization.update({ where: { id: first!.id }, data: { phone: first!.phone } });
    }
  });

  it("nests the organization's services, as the standard's GET /organizations/{id} does, each a valid list item", async () => {
    const [first] = await publicOrganizations();
    const body = await json("organization", "", first!.uuid);
    const services = body.services as Json[];
    const own = await json("services", `organization_id=${first!.uuid}&per_page=100`);
    expect(services.map((s) => s.id)).toEqual(own.contents!.map((s) => s.id));
    expect(services.length).toBeGreaterThan(0);
    for (const service of services) {
      assertValid(v().servicePage, { ...own, contents: [service] }, `service ${String(service.id)}`);
    }
    expect(services).toEqual(own.contents);
  });

  it("dates an organization by its latest change, its modes' included, so If-Modified-Since never hides one", async () => {
    const [first] = await publicOrganizations();
    const link = await database.prisma.organizationMode.findFirstOrThrow({ where: { organizationId: first!.id } });
    const later = new Date(first!.updatedAt.getTime() + 86_400_000);
    const mode = await database.prisma.interventionMode.findUniqueOrThrow({ where: { id: link.modeId } });
    await database.prisma.interventionMode.update({ where: { id: mode.id }, data: { updatedAt: later } });
    try {
      const response = await call("organization", "", {
        id: first!.uuid,
        headers: { "if-modified-since": first!.updatedAt.toUTCString() },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("last-modified")).toBe(later.toUTCString());
    } finally {
      await database.prisma.interventionMode.update({ where: { id: mode.id }, data: { updatedAt: mode.updatedAt } });
    }
  });

  it("filters by need, mode or need term, region subtree, sample flag, search and modified_after", async () => {
    const need = await database.prisma.need.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { sortOrder: "asc" },
      include: { modes: { include: { mode: { include: { organizations: { include: { organization: true } } } } } } },
    });
    const meeting = new Set(need.modes.flatMap((m) => m.mode.organizations.map((o) => o.organization.uuid)));
    for (const query of [`need=${need.slug}`, `taxonomy_term_id=${need.uuid}`]) {
      const body = await json("organizations", `${query}&per_page=100`);
      assertValid(v().organizationPage, body, query);
      expect(body.total_items).toBeGreaterThan(0);
      for (const o of body.contents!) expect(meeting.has(String(o.id)), query).toBe(true);
    }

    const mode = need.modes[0]!.mode;
    const byMode = await json("organizations", `taxonomy_term_id=${mode.uuid}&per_page=100`);
    expect(new Set(byMode.contents!.map((o) => o.id))).toEqual(
      new Set(mode.organizations.map((o) => o.organization.uuid)),
    );

    const sichuan = await json("organizations", "region=510000&per_page=100");
    assertValid(v().organizationPage, sichuan, "region");
    const inSichuan = await database.prisma.organization.findMany({
      where: { status: "PUBLISHED", deletedAt: null, regions: { some: { regionCode: { startsWith: "51" } } } },
    });
    expect(new Set(sichuan.contents!.map((o) => o.id))).toEqual(new Set(inSichuan.map((o) => o.uuid)));

    const samples = await json("organizations", `taxonomy_term_id=${FLAG_TERMS.sample.id}&per_page=1`);
    expect(samples.total_items).toBe((await publicOrganizations()).length);

    const [first] = await publicOrganizations();
    const searched = await json("organizations", `search=${encodeURIComponent(first!.nameZh.slice(3, 7))}`);
    assertValid(v().organizationPage, searched, "search");
    expect(searched.contents!.map((o) => o.id)).toContain(first!.uuid);

    expect((await json("organizations", "modified_after=2999-01-01")).total_items).toBe(0);
    expect((await json("organizations", "modified_after=2000-01-01T00:00:00Z")).total_items).toBeGreaterThan(0);
  });
});

describe("services", () => {
  it("pages through organization × mode services, each list item and each full service valid", async () => {
    const links = await database.prisma.organizationMode.count({
      where: { organization: { status: "PUBLISHED", deletedAt: null }, mode: { status: "PUBLISHED", deletedAt: null } },
    });
    const ids: string[] = [];
    for (let pageNumber = 1; pageNumber <= 4; pageNumber++) {
      const body = await json("services", `page=${pageNumber}&per_page=40`);
      assertValid(v().servicePage, body, `services page ${pageNumber}`);
      expect(body.total_items).toBe(links);
      ids.push(...body.contents!.map((s) => String(s.id)));
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 12)) {
      const service = await json("service", "", id);
      assertValid(v().service, service, `service ${id}`);
      expect(service.id).toBe(id);
      expect((service.service_areas as Json[]).length).toBeGreaterThan(0);
    }
  });

  it("filters services by need term and organization", async () => {
    const [first] = await publicOrganizations();
    const body = await json("services", `organization_id=${first!.uuid}`);
    assertValid(v().servicePage, body, "by organization");
    expect(body.total_items).toBe(
      await database.prisma.organizationMode.count({ where: { organizationId: first!.id } }),
    );
    const need = await database.prisma.need.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    const byNeed = await json("services", `taxonomy_term_id=${need.uuid}&per_page=5&page=2`);
    assertValid(v().servicePage, byNeed, "by need");
    expect(byNeed.total_items).toBeGreaterThan(0);
  });

  it("dates a service by its latest change, the needs it meets included, so If-Modified-Since never hides one", async () => {
    const [first] = await json("services", "per_page=1").then((b) => b.contents!);
    const service = await json("service", "", String(first!.id));
    const lastModified = new Date(String(service.last_modified));
    const needTerm = (service.attributes as Json[])
      .map((a) => a.taxonomy_term as Json)
      .find((t) => t.taxonomy_id === TAXONOMIES.need.id)!;
    const need = await database.prisma.need.findFirstOrThrow({ where: { uuid: String(needTerm.id) } });
    const later = new Date(lastModified.getTime() + 86_400_000);
    await database.prisma.need.update({ where: { id: need.id }, data: { updatedAt: later } });
    try {
      const response = await call("service", "", {
        id: String(first!.id),
        headers: { "if-modified-since": lastModified.toUTCString() },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("last-modified")).toBe(later.toUTCString());
    } finally {
      await database.prisma.need.update({ where: { id: need.id }, data: { updatedAt: need.updatedAt } });
    }
  });

  it("an unknown service id is 404", async () => {
    expect((await call("service", "", { id: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);
  });
});

describe("taxonomies and terms", () => {
  it("lists our three taxonomies and every published need and mode as terms, valid", async () => {
    const taxonomies = await json("taxonomies");
    assertValid(v().taxonomyPage, taxonomies, "taxonomies");
    expect(taxonomies.total_items).toBe(3);
    assertValid(v().taxonomy, await json("taxonomy", "", TAXONOMIES.need.id), "taxonomy");

    const terms = await json("taxonomyTerms", "per_page=100");
    assertValid(v().taxonomyTermPage, terms, "terms");
    const needs = await database.prisma.need.findMany({ where: { status: "PUBLISHED", deletedAt: null } });
    const ids = new Set(terms.contents!.map((t) => t.id));
    for (const need of needs) expect(ids.has(need.uuid)).toBe(true);
    const byTaxonomy = await json("taxonomyTerms", `taxonomy_id=${TAXONOMIES.need.id}&per_page=100`);
    expect(byTaxonomy.total_items).toBe(needs.length);
    assertValid(v().taxonomyTerm, await json("taxonomyTerm", "", needs[0]!.uuid), "term");
  });

  it("answers the standard's term-tree parameters: every term is top-level, none has a parent", async () => {
    const all = await json("taxonomyTerms", "per_page=100");
    const topOnly = await json("taxonomyTerms", "top_only=true&per_page=100");
    assertValid(v().taxonomyTermPage, topOnly, "top_only");
    expect(topOnly.total_items).toBe(all.total_items);
    const children = await json("taxonomyTerms", `parent_id=${String(all.contents![0]!.id)}`);
    assertValid(v().taxonomyTermPage, children, "parent_id");
    expect(children).toMatchObject({ total_items: 0, empty: true });
    for (const query of ["parent_id=not-a-uuid", "top_only=maybe"]) {
      expect((await call("taxonomyTerms", query)).status, query).toBe(400);
    }
  });
});

describe("HTTP behaviour", () => {
  it("sends CORS, caching and licence headers and answers conditional requests with 304", async () => {
    const first = await call("organizations", "per_page=5");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("cache-control")).toMatch(/max-age=\d+/);
    expect(first.headers.get("link")).toContain('rel="license"');
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect((await call("organizations", "per_page=5", { headers: { "if-none-match": etag } })).status).toBe(304);
    expect((await call("organizations", "per_page=6", { headers: { "if-none-match": etag } })).status).toBe(200);

    const [org] = await publicOrganizations();
    const single = await call("organization", "", { id: org!.uuid });
    const lastModified = single.headers.get("last-modified")!;
    expect(new Date(lastModified).getTime()).toBe(Math.floor(org!.updatedAt.getTime() / 1000) * 1000);
    const again = await call("organization", "", { id: org!.uuid, headers: { "if-modified-since": lastModified } });
    expect(again.status).toBe(304);
  });

  it("answers a CORS preflight from any origin for GET with the conditional-request headers", () => {
    const response = preflight();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    expect(response.headers.get("access-control-allow-headers")).toMatch(/If-None-Match/i);
  });

  it("answers every endpoint in a bounded number of statements, whatever the page size or filters", async () => {
    const [org] = await publicOrganizations();
    const [service] = (await json("services", "per_page=1")).contents!;
    const statements = async (name: EndpointName, query = "", id?: string) => {
      const before = database.queryCount();
      expect((await call(name, query, { id })).status, `${name}?${query}`).toBe(200);
      return database.queryCount() - before;
    };
    const counts: Record<string, number> = {};
    for (const [name, query, id] of [
      ["organizations", "per_page=1"],
      ["organizations", "per_page=100"],
      ["organizations", "per_page=100&need=psychological-emotional&region=510000"],
      ["organizations", `per_page=100&search=${encodeURIComponent(org!.nameZh.slice(3, 7))}`],
      ["services", "per_page=1"],
      ["services", "per_page=100&modified_after=2000-01-01"],
      ["organization", "", org!.uuid],
      ["service", "", String(service!.id)],
      ["taxonomyTerms", "per_page=100"],
    ] as [EndpointName, string, string?][]) {
      counts[`${name}?${query}`] = await statements(name, query, id);
    }
    // The rate-limit counter (two), then a count and a page, or a record and its parts (a service: its mode
    // candidates, the row, its needs and its areas).
    for (const [what, count] of Object.entries(counts)) {
      expect(count, what).toBeLessThanOrEqual(what.startsWith("service?") ? 6 : 4);
    }
    expect(counts["organizations?per_page=100"]).toBe(counts["organizations?per_page=1"]);
    expect(counts["services?per_page=100&modified_after=2000-01-01"]).toBe(counts["services?per_page=1"]);
  });

  it("limits each client, with Retry-After", async () => {
    await database.prisma.$executeRaw`
      INSERT INTO rate_limit_bucket (key, window_start, count)
      VALUES ('hsds:flood', ${new Date(Math.floor(Date.now() / HSDS_RATE_LIMIT.windowMs) * HSDS_RATE_LIMIT.windowMs)}, ${HSDS_RATE_LIMIT.limit})`;
    const response = await call("organizations", "", { key: "flood" });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await call("organizations", "", { key: "someone-else" })).status).toBe(200);
  });

  it("answers hostile or malformed parameters with a JSON 400 (or a plain answer), never a 5xx", async () => {
    const bad: [EndpointName, string, string?][] = [
      ["organizations", "page=0"],
      ["organizations", "page=-1"],
      ["organizations", "page=abc"],
      ["organizations", "page=1e99"],
      ["organizations", "page=1&page=2"],
      ["organizations", "per_page=100000"],
      ["organizations", "per_page=0"],
      ["organizations", "taxonomy_term_id=1%27%20OR%201%3D1"],
      ["organizations", "modified_after=yesterday"],
      ["organizations", "modified_after=2024-13-45"],
      ["organizations", "region=12"],
      ["organizations", "need=..%2F..%2Fetc"],
      ["organizations", `search=${"长".repeat(500)}`],
      ["organizations", "format=xml"],
      ["services", "organization_id=%00"],
      ["services", "search=%00"],
      ["services", "search=a%00b"],
      ["organizations", "search=tab%09and%0Anewline%7F"],
      ["organization", "", "'; DROP TABLE organization; --"],
      ["service", "", "not-a-uuid"],
      ["taxonomyTerm", "", ""],
    ];
    for (const [name, query, id] of bad) {
      const response = await call(name, query, { id });
      expect(response.status, `${name}?${query} ${id ?? ""}`).toBe(400);
      const body = (await response.json()) as { error: { errors: unknown[] } };
      expect(body.error.errors.length).toBeGreaterThan(0);
    }
    for (const query of [
      "search=%27%3B%20DROP%20TABLE%20x%3B--",
      "search=%25_%5C",
      "search=%20",
      "region=999999",
      "need=no-such-need",
    ]) {
      const response = await call("organizations", query);
      expect(response.status, query).toBe(200);
      assertValid(v().organizationPage, await response.json(), query);
    }
  });
});

describe("what is not published never leaks", () => {
  it("drafts, deleted records and records under a draft mode stay out of every endpoint", async () => {
    const all = await publicOrganizations();
    const [draft, deleted] = [all[0]!, all[1]!];
    await database.prisma.organization.update({ where: { id: draft.id }, data: { status: "DRAFT" } });
    await database.prisma.organization.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    const draftNeed = await database.prisma.need.findFirstOrThrow({ orderBy: { sortOrder: "desc" } });
    await database.prisma.need.update({ where: { id: draftNeed.id }, data: { status: "DRAFT" } });
    const hidden = new Set([draft.uuid, deleted.uuid]);
    try {
      const seen: string[] = [];
      for (let pageNumber = 1; pageNumber <= 10; pageNumber++) {
        const body = await json("organizations", `page=${pageNumber}&per_page=100`);
        seen.push(...body.contents!.map((o) => String(o.id)));
        if (body.last_page) break;
      }
      expect(seen.filter((id) => hidden.has(id))).toEqual([]);
      expect(seen).toHaveLength(all.length - 2);
      for (const id of hidden) expect((await call("organization", "", { id })).status).toBe(404);
      for (const id of hidden) expect((await json("services", `organization_id=${id}`)).total_items).toBe(0);
      const services = await json("services", "per_page=100");
      for (const s of services.contents!) expect(hidden.has(String(s.organization_id))).toBe(false);

      const terms = await json("taxonomyTerms", "per_page=100");
      expect(terms.contents!.map((t) => t.id)).not.toContain(draftNeed.uuid);
      expect((await call("taxonomyTerm", "", { id: draftNeed.uuid })).status).toBe(404);
      expect((await json("organizations", `taxonomy_term_id=${draftNeed.uuid}`)).total_items).toBe(0);
      expect((await json("organizations", `need=${draftNeed.slug}`)).total_items).toBe(0);
    } finally {
      await database.prisma.organization.update({ where: { id: draft.id }, data: { status: "PUBLISHED" } });
      await database.prisma.organization.update({ where: { id: deleted.id }, data: { deletedAt: null } });
      await database.prisma.need.update({ where: { id: draftNeed.id }, data: { status: "PUBLISHED" } });
    }
  });

  it("seeded records keep their name-based ids through the API", async () => {
    const [first] = await publicOrganizations();
    expect(first!.uuid).toBe(seedUuid("organization", first!.slug));
  });
});
