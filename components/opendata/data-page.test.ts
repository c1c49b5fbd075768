import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { endpoints, serveHsds } from "@/lib/opendata/api";
import { DATA_LICENCE, UPDATE_RHYTHM } from "@/lib/opendata/licence";
import { DataPage } from "./data-page";

const database = setupTestDatabase();
const render = (locale: "zh" | "en") => renderToStaticMarkup(createElement(DataPage, { locale }));
const unescape = (html: string) =>
  html
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"');

const ROUTES: Record<string, keyof typeof endpoints> = {
  "/api/hsds/organizations": "organizations",
  "/api/hsds/services": "services",
  "/api/hsds/taxonomies": "taxonomies",
  "/api/hsds/taxonomy_terms": "taxonomyTerms",
};

describe("the open data page, in both languages", () => {
  it("states the licence and how to attribute, the update rhythm, and links the API, the download and the feed", () => {
    for (const locale of ["zh", "en"] as const) {
      const html = unescape(render(locale));
      expect(html).toContain(DATA_LICENCE.id);
      expect(html).toContain(`href="${DATA_LICENCE.url}"`);
      expect(html).toContain(locale === "zh" ? DATA_LICENCE.attributionZh : DATA_LICENCE.attributionEn);
      expect(html).toContain(UPDATE_RHYTHM[locale]);
      expect(html).toContain('href="/api/hsds/openapi.json"');
      expect(html).toContain('href="/api/hsds/datapackage.zip"');
      expect(html).toContain(`href="${locale === "zh" ? "" : "/en"}/feed.xml"`);
      expect(html).toContain("HSDS 3.0");
    }
  });

  it("gives API examples a reuser can paste, and each answers 200 with records", async () => {
    const examples = [...unescape(render("en")).matchAll(/curl '([^']+)'/g)].map((m) => new URL(m[1]!));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(unescape(render("zh"))).toContain(examples[0]!.pathname);
    for (const url of examples) {
      const endpoint = ROUTES[url.pathname];
      expect(endpoint, url.pathname).toBeDefined();
      const response = await serveHsds(database.prisma, new Request(url), endpoints[endpoint!], "data-page");
      expect(response.status, url.href).toBe(200);
      const body = (await response.json()) as { total_items: number };
      expect(body.total_items, url.href).toBeGreaterThan(0);
    }
  });
});
