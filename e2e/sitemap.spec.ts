import { expect, test } from "./support/test";
import { modes } from "@/lib/db/seed/data/modes";
import { needs } from "@/lib/db/seed/data/needs";
import { organizations } from "@/lib/db/seed/data/organizations";

/** The <loc> values of a sitemap or sitemap index. */
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

test("sitemap.xml indexes files listing every published page in both languages with hreflang alternates", async ({
  request,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);

  const index = await request.get("/sitemap.xml");
  expect(index.status()).toBe(200);
  expect(index.headers()["content-type"]).toContain("xml");
  const files = locs(await index.text());
  expect(files).toEqual([expect.stringMatching(/^https?:\/\/[^/]+\/sitemaps\/0\.xml$/)]);

  const file = await request.get(new URL(files[0]!).pathname);
  expect(file.status()).toBe(200);
  const xml = await file.text();
  const urls = locs(xml).map((u) => new URL(u).pathname);
  for (const path of ["/", "/organizations", "/coverage"]) {
    expect(urls).toContain(path);
    expect(urls).toContain(path === "/" ? "/en" : `/en${path}`);
  }
  // All demo records are published: each organization, need and mode, once per language.
  const pages = (prefix: string) => urls.filter((u) => u.startsWith(prefix)).length;
  expect(pages("/organizations/")).toBe(organizations.length);
  expect(pages("/en/organizations/")).toBe(organizations.length);
  expect(pages("/needs/")).toBe(needs.length);
  expect(pages("/en/modes/")).toBe(modes.length);
  // Each entry names both languages and a default.
  const slug = organizations[0]!.slug;
  const entry = xml.split("<url>").find((u) => u.includes(`/en/organizations/${slug}</loc>`))!;
  expect(entry).toMatch(new RegExp(`hreflang="zh-CN" href="https?://[^"]+/organizations/${slug}"`));
  expect(entry).toMatch(new RegExp(`hreflang="en" href="https?://[^"]+/en/organizations/${slug}"`));
  expect(entry).toContain('hreflang="x-default"');
  for (const missing of ["/sitemaps/1.xml", "/sitemaps/01.xml", "/sitemaps/x.xml"])
    expect((await request.get(missing)).status()).toBe(404);
  // No staff or private pages.
  expect(urls.some((u) => u.startsWith("/admin") || u.includes("/s/"))).toBe(false);
});
