import "server-only";
import { db } from "@/lib/db/client";
import { type Locale, formatDate, getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { countText } from "@/lib/i18n/plural";
import { nameIn } from "@/lib/records/localize";
import { savedFiltersLine } from "@/lib/share/describe";
import { type FrozenListView, frozenId, loadFrozenList } from "@/lib/share/frozen";
import { type Card, previewCard } from "./card";
import { missingPreview } from "./missing";
import { previewResponse } from "./preview-response";

/** The link preview of a saved list: its filters in words, its size, its first organizations, the sample notice. */
export function frozenImage(locale: Locale, id: string): Promise<Response> {
  if (!frozenId.safeParse(id).success) return Promise.resolve(missingPreview());
  return previewResponse(`frozen:${locale}:${id}`, async () => {
    const list = await loadFrozenList(db(), id);
    return list ? previewCard(frozenCard(locale, list)) : missingPreview();
  });
}

/** What the preview of a saved list says. */
export function frozenCard(locale: Locale, list: FrozenListView): Card {
  const t = getMessages(locale);
  const saved = fill(t.share.previewEyebrow, { date: formatDate(locale, list.createdAt) });
  return {
    site: t.meta.siteName,
    eyebrow: `${saved}${t.search.separator}${countText(locale, t.search.resultCount, list.items.length)}`,
    headline: savedFiltersLine(locale, list.search),
    lines: list.items.slice(0, 3).map((item) => nameIn(locale, item)),
    note: list.sampleIds.size ? t.share.sampleNotice : undefined,
  };
}
