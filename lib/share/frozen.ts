import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type Locale, locales } from "@/lib/i18n";
import { consumeRateLimit } from "@/lib/rate-limit";
import { sweepFrozenLists } from "@/lib/retention";
import { buildConditions } from "@/lib/search/conditions";
import { parseSearchParams, toQueryString } from "@/lib/search/params";
import { type ResolvedSearch, resolveSearch } from "@/lib/search/resolve";
import { loadResults, pageIds } from "@/lib/search/results";

/** A frozen list keeps at most this many organizations. */
export const FROZEN_LIMIT = 1_000;
const freezeRate = { limit: 20, windowMs: 60 * 60 * 1000 };

/** The "save this exact list" form. */
export const freezeInput = z.object({
  query: z.string().max(2000),
  locale: z.enum(locales),
});

/** An organization as the list showed it when frozen. */
export type FrozenItem = {
  id: number;
  slug: string;
  nameZh: string;
  nameEn: string | null;
  reviewedAt: string | null;
  needs: string[];
};
const frozenItems = z.array(
  z.object({
    id: z.number(),
    slug: z.string(),
    nameZh: z.string(),
    nameEn: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    needs: z.array(z.string()),
  }),
);

const ID_ALPHABET = "23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
/** The language a list was saved in (its name order); a value the app never wrote reads as Chinese. */
const savedLocale = z.enum(locales).catch("zh");

export const frozenId = z.string().regex(/^[2-9a-km-zA-HJ-NP-Z]{10}$/);

function newId(): string {
  return [...randomBytes(10)].map((b) => ID_ALPHABET[b % ID_ALPHABET.length]).join("");
}

/** The organizations a query gives now, in the order of the page in that language, as frozen items. */
async function currentItems(
  prisma: PrismaClient,
  query: string,
  locale: Locale,
): Promise<{ items: FrozenItem[]; canonical: string; total: number; search: ResolvedSearch }> {
  const parsed = parseSearchParams(new URLSearchParams(query));
  const search = await resolveSearch(prisma, parsed.params, parsed.ignored);
  const ids = await pageIds(prisma, search, buildConditions(search), locale, 1, FROZEN_LIMIT);
  const results = await loadResults(prisma, search, ids);
  return {
    search,
    canonical: toQueryString({ ...search.params, page: 1 }),
    total: results.length,
    items: results.map((r) => ({
      id: r.id,
      slug: r.slug,
      nameZh: r.nameZh,
      nameEn: r.nameEn,
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      needs: r.matches.map((m) => m.need.slug),
    })),
  };
}

export type FreezeOutcome = { ok: true; id: string } | { ok: false; reason: "rate-limited" };

/** Records the filters and their results as of now under a short id. */
export async function freezeList(
  prisma: PrismaClient,
  input: z.infer<typeof freezeInput>,
  clientKey: string,
): Promise<FreezeOutcome> {
  const { allowed } = await consumeRateLimit(prisma, `freeze:${clientKey}`, freezeRate);
  if (!allowed) return { ok: false, reason: "rate-limited" };
  const { items, canonical, total } = await currentItems(prisma, input.query, input.locale);
  const id = newId();
  await prisma.sharedList.create({ data: { id, query: canonical, locale: input.locale, total, items } });
  // Keeps the table within its retention and size bounds, with no operator (lib/retention).
  await sweepFrozenLists(prisma);
  return { ok: true, id };
}

export type FrozenListView = {
  id: string;
  query: string;
  createdAt: Date;
  items: FrozenItem[];
  added: FrozenItem[];
  removed: FrozenItem[];
  reReviewed: FrozenItem[];
  /** The saved filters, with the names that describe them. */
  search: ResolvedSearch;
  /** Organizations of the list that are sample records (as flagged now: staff may have replaced them since). */
  sampleIds: Set<number>;
};

/** A frozen list as it was, and what has changed in the live results since. */
export async function loadFrozenList(prisma: PrismaClient, id: string): Promise<FrozenListView | null> {
  if (!frozenId.safeParse(id).success) return null;
  const row = await prisma.sharedList.findUnique({ where: { id } });
  if (!row) return null;
  const items = frozenItems.parse(row.items);
  const { items: now, search } = await currentItems(prisma, row.query, savedLocale.parse(row.locale));
  const samples = await prisma.organization.findMany({
    where: { id: { in: items.map((i) => i.id) }, isSample: true },
    select: { id: true },
  });
  const before = new Map(items.map((i) => [i.id, i]));
  const after = new Map(now.map((i) => [i.id, i]));
  return {
    id: row.id,
    query: row.query,
    createdAt: row.createdAt,
    items,
    added: now.filter((i) => !before.has(i.id)),
    removed: items.filter((i) => !after.has(i.id)),
    reReviewed: now.filter((i) => before.has(i.id) && i.reviewedAt !== before.get(i.id)!.reviewedAt),
    search,
    sampleIds: new Set(samples.map((s) => s.id)),
  };
}
