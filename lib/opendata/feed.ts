import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type Locale, getMessages, htmlLang, localePath } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { localized } from "@/lib/records/localize";
import { isPublic } from "@/lib/records/visibility";
import { absoluteUrl } from "@/lib/site/origin";
import { derivedUuid } from "./ids";
import { DATA_LICENCE } from "./licence";

/** Entries in the feed: the newest changes; older ones are in the data package and the API (modified_after). */
export const FEED_ENTRIES = 50;

export type FeedChange = "added" | "reviewed" | "changed";
export type FeedEntry = {
  auditId: number;
  kind: "organization" | "policy";
  change: FeedChange;
  at: Date;
  slug: string;
  nameZh: string;
  nameEn: string | null;
};

type Row = {
  id: number;
  record_type: "organization" | "policy";
  action: string;
  at: Date;
  became_public: boolean;
  slug: string;
  name_zh: string;
  name_en: string | null;
};

/**
 * The newest published changes from the audit history: an organization or policy that became public (created,
 * imported, published or restored as published: "added"), and an organization re-reviewed or edited while public.
 * Only changes whose result was public, and only records that are public now: a draft edit, a record later
 * unpublished or deleted, and the text of any draft never reach the feed (names are read from the record as
 * published today, not from the audit snapshot).
 */
export async function loadFeedEntries(prisma: PrismaClient, limit = FEED_ENTRIES): Promise<FeedEntry[]> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT a.id, a.record_type, a.action, a.at,
           (a.before IS NULL OR a.before->>'status' IS DISTINCT FROM 'PUBLISHED'
             OR a.before->>'deletedAt' IS NOT NULL) AS became_public,
           coalesce(o.slug, p.slug) AS slug,
           coalesce(o.name_zh, p.title_zh) AS name_zh,
           CASE WHEN o.id IS NOT NULL THEN o.name_en ELSE p.title_en END AS name_en
      FROM audit_entry a
      LEFT JOIN organization o ON a.record_type = 'organization' AND o.id = a.record_id AND ${isPublic("o")}
      LEFT JOIN policy p ON a.record_type = 'policy' AND p.id = a.record_id AND ${isPublic("p")}
     WHERE (o.id IS NOT NULL OR p.id IS NOT NULL)
       AND a.after->>'status' = 'PUBLISHED' AND a.after->>'deletedAt' IS NULL
       AND (a.record_type = 'organization'
            OR a.before IS NULL OR a.before->>'status' IS DISTINCT FROM 'PUBLISHED'
            OR a.before->>'deletedAt' IS NOT NULL)
     ORDER BY a.at DESC, a.id DESC
     LIMIT ${limit}`;
  return rows.map((row) => ({
    auditId: row.id,
    kind: row.record_type,
    change: row.became_public ? "added" : row.action === "review" ? "reviewed" : "changed",
    at: row.at,
    slug: row.slug,
    nameZh: row.name_zh,
    nameEn: row.name_en,
  }));
}

/**
 * Text for XML: the five markup characters escaped, and the characters XML 1.0 does not allow (C0 controls
 * other than tab and newlines, lone surrogates, U+FFFE/U+FFFF) dropped, so no record text can break the document.
 */
export function xmlText(value: string): string {
  return value
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      "",
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const recordPath = (entry: FeedEntry) =>
  `/${entry.kind === "organization" ? "organizations" : "policies"}/${encodeURIComponent(entry.slug)}`;

/** When the feed last changed: its newest entry (the Unix epoch for a feed with none). */
export const feedUpdated = (entries: FeedEntry[]) => entries[0]?.at ?? new Date(0);

/** The Atom document (RFC 4287) of the changes, in one language; every link absolute on the public origin. */
export function atomFeed(locale: Locale, entries: FeedEntry[]): string {
  const t = getMessages(locale).opendata.feed;
  const self = absoluteUrl(localePath(locale, "/feed.xml"));
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${htmlLang[locale]}">`,
    `  <id>urn:uuid:${derivedUuid("feed", locale)}</id>`,
    `  <title>${xmlText(t.title)}</title>`,
    `  <subtitle>${xmlText(t.subtitle)}</subtitle>`,
    `  <updated>${feedUpdated(entries).toISOString()}</updated>`,
    `  <author><name>${xmlText(t.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(absoluteUrl(localePath(locale, "/data")))}"/>`,
    `  <link rel="license" href="${xmlText(DATA_LICENCE.url)}"/>`,
    `  <rights>${xmlText(locale === "zh" ? DATA_LICENCE.attributionZh : DATA_LICENCE.attributionEn)}</rights>`,
  ];
  for (const entry of entries) {
    const name = localized(locale, entry.nameZh, entry.nameEn);
    const title = fill(t.entry[entry.kind][entry.change], { name });
    lines.push(
      `  <entry>`,
      `    <id>urn:uuid:${derivedUuid("feed-entry", String(entry.auditId))}</id>`,
      `    <title>${xmlText(title)}</title>`,
      `    <updated>${entry.at.toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(absoluteUrl(localePath(locale, recordPath(entry))))}"/>`,
      `    <category term="${entry.kind}-${entry.change}" label="${xmlText(t.category[entry.change])}"/>`,
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, ``);
  return lines.join("\n");
}
