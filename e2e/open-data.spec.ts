import { expect, test } from "./support/test";
import { needs } from "@/lib/db/seed/data/needs";
import { organizations } from "@/lib/db/seed/data/organizations";
import { policies } from "@/lib/db/seed/data/policies";
import { seedUuid } from "@/lib/opendata/ids";
import { TAXONOMIES } from "@/lib/opendata/taxonomies";
import { sql } from "./support/db";

// The open data over HTTP, as a reuser's client meets it: every API route, its CORS, caching and conditional
// answers, the OpenAPI document, the package download, both feeds and the JSON-LD of the record pages.

test.skip(({ isMobile }) => isMobile, "HTTP answers do not depend on the viewport");

// Every browser test calls from one address, and the URL fuzz spends this address's API allowance before these run.
test.beforeEach(async () => {
  await sql("DELETE FROM rate_limit_bucket WHERE key LIKE 'hsds%'");
});

const organization = organizations.find((o) => o.slug.startsWith("sample-"))!;
const paths = [
  "/api/hsds",
  "/api/hsds/organizations?per_page=5",
  `/api/hsds/organizations/${seedUuid("organization", organization.slug)}`,
  "/api/hsds/services?per_page=5&page=2",
  "/api/hsds/taxonomies",
  `/api/hsds/taxonomies/${TAXONOMIES.need.id}`,
  "/api/hsds/taxonomy_terms?per_page=100",
  `/api/hsds/taxonomy_terms/${seedUuid("need", needs[0]!.slug)}`,
];

test("every HSDS route answers JSON with CORS, caching headers, the licence and 304 to a client that holds it", async ({
  request,
}) => {
  for (const path of paths) {
    const response = await request.get(path, { headers: { origin: "https://reuser.example" } });
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"], path).toBe("application/json; charset=utf-8");
    expect(headers["access-control-allow-origin"], path).toBe("*");
    expect(headers["cache-control"], path).toMatch(/max-age=\d+/);
    expect(headers.link, path).toContain('rel="license"');
    await response.json();
    const again = await request.get(path, { headers: { "if-none-match": headers.etag! } });
    expect(again.status(), path).toBe(304);

    const preflight = await request.fetch(path, {
      method: "OPTIONS",
      headers: { origin: "https://reuser.example", "access-control-request-method": "GET" },
    });
    expect(preflight.status(), path).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"], path).toBe("*");
    expect(preflight.headers()["access-control-allow-methods"], path).toContain("GET");
  }
  const single = await request.get(paths[2]!);
  const since = await request.get(paths[2]!, { headers: { "if-modified-since": single.headers()["last-modified"]! } });
  expect(since.status()).toBe(304);
});

test("bad parameters and unknown ids answer JSON errors, never a server error", async ({ request }) => {
  for (const [path, status] of [
    ["/api/hsds/organizations?page=0", 400],
    ["/api/hsds/organizations?per_page=abc", 400],
    ["/api/hsds/services?search=%00", 400],
    ["/api/hsds/services?page=1&page=2", 400],
    ["/api/hsds/organizations/not-a-uuid", 400],
    ["/api/hsds/services/00000000-0000-4000-8000-000000000000", 404],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect(response.headers()["content-type"], path).toContain("application/json");
    expect(((await response.json()) as { error: { status: number } }).error.status, path).toBe(status);
  }
});

test("the OpenAPI document, the data package and both feeds download", async ({ request }) => {
  const openapi = await request.get("/api/hsds/openapi.json");
  expect(openapi.status()).toBe(200);
  expect(((await openapi.json()) as { openapi: string }).openapi).toMatch(/^3\.1/);

  const zip = await request.get("/api/hsds/datapackage.zip");
  expect(zip.status()).toBe(200);
  expect(zip.headers()["content-type"]).toBe("application/zip");
  expect(zip.headers()["content-disposition"]).toMatch(/attachment; filename="resource-navigator-hsds-/);
  expect(zip.headers().link).toContain('rel="license"');
  expect([...(await zip.body()).subarray(0, 2)]).toEqual([0x50, 0x4b]);

  for (const path of ["/feed.xml", "/en/feed.xml"]) {
    const feed = await request.get(path);
    expect(feed.status(), path).toBe(200);
    expect(feed.headers()["content-type"], path).toBe("application/atom+xml; charset=utf-8");
    expect(await feed.text(), path).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  }
  for (const path of ["/data", "/en/data"]) {
    const page = await request.get(path);
    expect(page.status(), path).toBe(200);
    expect(await page.text(), path).toContain("https://creativecommons.org/licenses/by/4.0/");
  }
});

test("organization, policy and need pages carry schema.org JSON-LD in both languages", async ({ request }) => {
  const jsonLd = async (path: string) => {
    const html = await (await request.get(path)).text();
    const match = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s);
    expect(match, path).not.toBeNull();
    return JSON.parse(match![1]!) as Record<string, unknown>;
  };
  const dated = policies.find((p) => p.year)!;
  for (const prefix of ["", "/en"]) {
    const org = await jsonLd(`${prefix}/organizations/${organization.slug}`);
    expect(org).toMatchObject({ "@context": "https://schema.org", "@type": "NGO" });
    expect(String(org.description)).toMatch(/^\[sample record/);
    expect((org.areaServed as unknown[]).length).toBeGreaterThan(0);
    expect(await jsonLd(`${prefix}/policies/${dated.slug}`)).toMatchObject({ "@type": "Legislation" });
    expect(await jsonLd(`${prefix}/needs/${needs[0]!.slug}`)).toMatchObject({ "@type": "DefinedTerm" });
  }
});
