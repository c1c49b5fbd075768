import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { OrganizationType } from "@/lib/generated/prisma/enums";
import { type Locale, getMessages } from "@/lib/i18n";
import { loadOrganizationDetail } from "@/lib/records/organizations";
import { freezeList, loadFrozenList } from "@/lib/share/frozen";
import { type Card, cardLayout } from "./card";
import { breakUnits } from "./fit";
import { frozenCard } from "./frozen-image";
import { type Block, INNER } from "./layout";
import { organizationCard } from "./organization-image";

const database = setupTestDatabase();

const longest = <T>(items: T[], text: (item: T) => string) =>
  items.reduce((a, b) => (text(b).length > text(a).length ? b : a));

/** Two boxes share any point (touching edges do not count). */
const intersect = (a: Block, b: Block) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

async function expectFitted(card: Card) {
  const { blocks } = await cardLayout(card);
  const names = blocks.map((b) => b.name);
  expect(names).toEqual(expect.arrayContaining(["site", "headline"]));
  for (const b of blocks) {
    expect(b.lines.length, b.name).toBeGreaterThan(0);
    expect(b.top, b.name).toBeGreaterThanOrEqual(INNER.top);
    expect(b.top + b.height, b.name).toBeLessThanOrEqual(INNER.top + INNER.height);
    expect(b.left + b.width, b.name).toBeLessThanOrEqual(INNER.left + INNER.width);
  }
  for (const [i, a] of blocks.entries())
    for (const b of blocks.slice(i + 1)) expect(intersect(a, b), `${a.name} and ${b.name} overlap`).toBe(false);
  return blocks;
}

/** The longest real texts a preview can carry: every need, mode, type and trust filter, the longest place, the longest name. */
async function longestSavedList() {
  const prisma = database.prisma;
  const [needs, modes, organizations, regions] = await Promise.all([
    prisma.need.findMany({ where: { status: "PUBLISHED" }, select: { slug: true } }),
    prisma.interventionMode.findMany({ where: { status: "PUBLISHED" }, select: { slug: true } }),
    prisma.organization.findMany({
      where: { status: "PUBLISHED" },
      select: { slug: true, nameZh: true, nameEn: true },
    }),
    prisma.region.findMany({ where: { level: "COUNTY" }, select: { code: true, nameZh: true, nameEn: true } }),
  ]);
  const query = new URLSearchParams([
    ...needs.slice(0, 20).map((n) => ["need", n.slug]),
    ["match", "all"],
    ["region", longest(regions, (r) => `${r.nameZh}${r.nameEn}`).code],
    ...modes.slice(0, 20).map((m) => ["mode", m.slug]),
    ...Object.values(OrganizationType).map((type) => ["type", type]),
    ["q", longest(organizations, (o) => o.nameZh).nameZh],
    ["donations", "1"],
    ["recognised", "1"],
    ["fundraising", "1"],
    ["verified", "24m"],
  ]);
  return { query: query.toString(), organizations };
}

describe("link-preview cards", () => {
  it("break Chinese text between words, keeping punctuation with its word", () => {
    expect(breakUnits("留守儿童安全保护，心理健康")).toEqual(["留守", "儿童", "安全", "保护，", "心理", "健康"]);
  });

  for (const locale of ["zh", "en"] as const satisfies Locale[]) {
    it(`fit the longest organization name and the longest saved filters in ${locale} without overlap`, async () => {
      const { query, organizations } = await longestSavedList();
      const saved = await freezeList(database.prisma, { query, locale }, `layout-${locale}`);
      if (!saved.ok) throw new Error("not saved");
      const list = (await loadFrozenList(database.prisma, saved.id))!;
      const names = organizations
        .map((o) => (locale === "zh" ? o.nameZh : (o.nameEn ?? o.nameZh)))
        .sort((a, b) => b.length - a.length);
      // Every filter at once leaves the list empty: the card is filled with the three longest names and the notice.
      const card = {
        ...frozenCard(locale, list),
        lines: names.slice(0, 3),
        note: getMessages(locale).share.sampleNotice,
      };
      expect(card.headline.length).toBeGreaterThan(120);
      const frozen = await expectFitted(card);
      expect(frozen.map((b) => b.name)).toEqual(["site", "eyebrow", "headline", "line0", "line1", "line2", "note"]);
      expect(frozen.find((b) => b.name === "headline")!.lines.at(-1)).toMatch(/…$/);

      const name = longest(organizations, (o) => (locale === "zh" ? o.nameZh : (o.nameEn ?? "")));
      const org = (await loadOrganizationDetail(database.prisma, name.slug, locale))!;
      await expectFitted(organizationCard(locale, org));
      // A name four times as long still fits, shortened with an ellipsis.
      await expectFitted({ ...organizationCard(locale, org), headline: org.name.repeat(4) });
    });
  }
});
