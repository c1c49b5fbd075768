import { beforeAll, describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { StaffSession } from "@/lib/auth/roles";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { deleteRecord, markReviewed, saveRecord, setPublished } from "@/lib/admin/operations";
import { staffSession } from "@/lib/admin/testing/staff";
import type { WriteResult } from "@/lib/admin/write";
import { atomFeed, loadFeedEntries, xmlText } from "./feed";
import { serveFeed } from "./feed-response";

const database = setupTestDatabase();
let editor: StaffSession;
beforeAll(async () => {
  editor = await staffSession(database.prisma, "EDITOR");
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "link", "author"].includes(name),
});
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
type Node = Record<string, unknown>;
const text = (node: unknown) => (typeof node === "object" && node ? (node as Node)["#text"] : node);

/** The elements RFC 4287 requires (4.1.1, 4.1.2), checked on the parsed document; returns the entries. */
function expectValidAtom(xml: string): Node[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = parser.parse(xml).feed as Node;
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  for (const name of ["id", "title", "updated"]) expect(String(text(feed[name]) ?? "")).not.toBe("");
  expect(String(feed.id)).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  expect(String(feed.updated)).toMatch(RFC3339);
  const entries = (feed.entry as Node[] | undefined) ?? [];
  // An author on the feed, or on every entry.
  const feedAuthor = (feed.author as Node[] | undefined)?.[0]?.name;
  for (const entry of entries) expect(feedAuthor ?? (entry.author as Node[] | undefined)?.[0]?.name).toBeTruthy();
  expect((feed.link as Node[]).some((l) => l["@rel"] === "self" && String(l["@href"]).startsWith("http"))).toBe(true);
  for (const entry of entries) {
    expect(String(entry.id)).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(String(text(entry.title) ?? "")).not.toBe("");
    expect(String(entry.updated)).toMatch(RFC3339);
    // No content element, so an alternate link is required (4.1.1.1 / 4.1.2).
    const alternate = (entry.link as Node[]).filter((l) => (l["@rel"] ?? "alternate") === "alternate");
    expect(alternate).toHaveLength(1);
    expect(() => new URL(String(alternate[0]!["@href"]))).not.toThrow();
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  return entries;
}

const organization = (slug: string, nameZh: string) => ({
  slug,
  nameZh,
  type: "GRASSROOTS_NGO",
  descriptionZh: "在县里做陪伴。",
  modes: [],
  regions: ["510104"],
});
const written = (result: WriteResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
};

describe("the change feed", () => {
  it("is valid Atom with no entries before any change", async () => {
    const entries = await loadFeedEntries(database.prisma);
    expect(entries).toEqual([]);
    const xml = atomFeed("zh", entries);
    expect(expectValidAtom(xml)).toEqual([]);
    expect(xml).toContain("<updated>1970-01-01T00:00:00.000Z</updated>");
  });

  it("lists published changes of public records only, newest first, never a draft's text", async () => {
    const { prisma } = database;
    const a = written(
      await saveRecord(prisma, editor, { kind: "organization", values: organization("feed-a", "甲机构") }),
    );
    let v = written(
      await setPublished(prisma, editor, { kind: "organization", id: a.id, version: a.version, published: true }),
    );
    v = written(
      await saveRecord(prisma, editor, {
        kind: "organization",
        id: a.id,
        version: v.version,
        values: organization("feed-a", "甲机构（新名）"),
      }),
    );
    written(
      await markReviewed(prisma, editor, { kind: "organization", id: a.id, version: v.version, method: "PHONE_CALL" }),
    );

    // A draft never published, and a record published then deleted: neither appears.
    written(await saveRecord(prisma, editor, { kind: "organization", values: organization("feed-draft", "草稿机构") }));
    const b = written(
      await saveRecord(prisma, editor, { kind: "organization", values: organization("feed-b", "乙机构") }),
    );
    const bp = written(
      await setPublished(prisma, editor, { kind: "organization", id: b.id, version: b.version, published: true }),
    );
    written(await deleteRecord(prisma, editor, { kind: "organization", id: b.id, version: bp.version }));

    // A seeded policy taken down and put back is "added"; nothing else of a policy is listed.
    const policy = await prisma.policy.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { id: "asc" } });
    const down = written(
      await setPublished(prisma, editor, { kind: "policy", id: policy.id, version: policy.version, published: false }),
    );
    written(
      await setPublished(prisma, editor, { kind: "policy", id: policy.id, version: down.version, published: true }),
    );

    const entries = await loadFeedEntries(prisma);
    expect(entries.map((e) => [e.kind, e.change, e.slug])).toEqual([
      ["policy", "added", policy.slug],
      ["organization", "reviewed", "feed-a"],
      ["organization", "changed", "feed-a"],
      ["organization", "added", "feed-a"],
    ]);
    const xml = atomFeed("en", entries);
    expect(expectValidAtom(xml)).toHaveLength(4);
    expect(xml).toContain("Organization re-reviewed: 甲机构（新名）");
    expect(xml).toContain(`/en/organizations/feed-a"`);
    expect(xml).not.toMatch(/草稿机构|乙机构|feed-b|feed-draft/);
  });

  it("stays well-formed whatever text a record holds", async () => {
    const hostile = 'A </title><x>&amp; "q" \u0001\u000B\uFFFE\uD800 end';
    expect(xmlText(hostile)).toBe("A &lt;/title&gt;&lt;x&gt;&amp;amp; &quot;q&quot;  end");
    const xml = atomFeed("zh", [
      { auditId: 1, kind: "organization", change: "added", at: new Date(), slug: "s", nameZh: hostile, nameEn: null },
    ]);
    expect(expectValidAtom(xml)).toHaveLength(1);
  });

  it("answers Atom with an ETag and Last-Modified, and 304 to a client that holds it", async () => {
    const url = "http://localhost/feed.xml?page=%E4%B8&x=%00";
    const first = await serveFeed(database.prisma, new Request(url), "zh");
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(new Date(lastModified).getTime()).toBeGreaterThan(0);
    expectValidAtom(await first.text());

    const again = (headers: Record<string, string>) =>
      serveFeed(database.prisma, new Request(url, { headers }), "zh").then((r) => r.status);
    expect(await again({ "if-none-match": etag })).toBe(304);
    expect(await again({ "if-none-match": '"other"' })).toBe(200);
    expect(await again({ "if-modified-since": lastModified })).toBe(304);
    expect(await again({ "if-modified-since": new Date(Date.parse(lastModified) - 60_000).toUTCString() })).toBe(200);
    expect(await again({ "if-modified-since": "not a date" })).toBe(200);
    // The English feed is a different document.
    expect((await serveFeed(database.prisma, new Request(url), "en")).headers.get("etag")).not.toBe(etag);
  });
});
