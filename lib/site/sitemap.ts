import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { htmlLang, localePath, locales } from "@/lib/i18n";
import { publicWhere } from "@/lib/records/visibility";
import { absoluteUrl } from "./origin";

/**
 * Organizations per sitemap file. Each page is listed once per language, so a file holds at most twice this
 * many URLs plus the fixed pages: under the protocol's 50,000.
 */
export const ORGANIZATIONS_PER_SITEMAP = 20_000;

/** The public pages that exist whatever the data holds. */
const fixedPages = ["/", "/organizations", "/coverage", "/needs", "/modes", "/policies", "/suggest", "/report"];

type Page = { path: string; lastModified?: Date };

/** How many sitemap files the published organizations need (at least one: the fixed pages live in the first). */
export async function sitemapCount(prisma: PrismaClient): Promise<number> {
  const organizations = await prisma.organization.count({ where: publicWhere });
  return Math.max(1, Math.ceil(organizations / ORGANIZATIONS_PER_SITEMAP));
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One page in both languages: a <url> per language, each naming every language (and a default) as alternates. */
function entries(page: Page): string[] {
  const alternates = [
    ...locales.map((locale) => [htmlLang[locale], localePath(locale, page.path)] as const),
    ["x-default", page.path] as const,
  ]
    .map(([lang, path]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(absoluteUrl(path))}"/>`)
    .join("");
  const modified = page.lastModified ? `<lastmod>${page.lastModified.toISOString()}</lastmod>` : "";
  return locales.map(
    (locale) =>
      `<url><loc>${escapeXml(absoluteUrl(localePath(locale, page.path)))}</loc>${modified}${alternates}</url>`,
  );
}

/** The sitemap index: one <sitemap> per file. */
export function sitemapIndexXml(count: number): string {
  const files = Array.from(
    { length: count },
    (_, n) => `<sitemap><loc>${escapeXml(absoluteUrl(`/sitemaps/${n}.xml`))}</loc></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${files.join("")}</sitemapindex>\n`;
}

/** Sitemap file `index` as XML: the fixed pages, needs, modes and policies in the first, then organizations by id. */
export async function sitemapXml(prisma: PrismaClient, index: number): Promise<string> {
  const pages: Page[] = [];
  if (index === 0) {
    const select = { slug: true, updatedAt: true } as const;
    const [needs, modes, policies] = await Promise.all([
      prisma.need.findMany({ where: publicWhere, select, orderBy: { slug: "asc" } }),
      prisma.interventionMode.findMany({ where: publicWhere, select, orderBy: { slug: "asc" } }),
      prisma.policy.findMany({ where: publicWhere, select, orderBy: { slug: "asc" } }),
    ]);
    pages.push(...fixedPages.map((path) => ({ path })));
    pages.push(...needs.map((n) => ({ path: `/needs/${n.slug}`, lastModified: n.updatedAt })));
    pages.push(...modes.map((m) => ({ path: `/modes/${m.slug}`, lastModified: m.updatedAt })));
    pages.push(...policies.map((p) => ({ path: `/policies/${p.slug}`, lastModified: p.updatedAt })));
  }
  const organizations = await prisma.organization.findMany({
    where: publicWhere,
    select: { slug: true, updatedAt: true },
    orderBy: { id: "asc" },
    skip: index * ORGANIZATIONS_PER_SITEMAP,
    take: ORGANIZATIONS_PER_SITEMAP,
  });
  pages.push(...organizations.map((o) => ({ path: `/organizations/${o.slug}`, lastModified: o.updatedAt })));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${pages.flatMap(entries).join("")}</urlset>\n`;
}
