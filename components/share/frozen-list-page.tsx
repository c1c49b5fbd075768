import { copyLinkLabels } from "./copy-link-labels";
import type { Metadata } from "next";
import { countText } from "@/lib/i18n/plural";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { type Locale, formatDate, getMessages, localePath } from "@/lib/i18n";
import { nameIn } from "@/lib/records/localize";
import { type FrozenItem, type FrozenListView, loadFrozenList } from "@/lib/share/frozen";
import { fill } from "@/lib/i18n/fill";
import { CopyLinkButton } from "@/components/search/copy-link-button";
import { savedFilters, savedFiltersLine } from "@/lib/share/describe";
import { previewMetadata } from "@/lib/share/preview-metadata";
import { QrCode } from "./qr-code";

const load = cache((id: string) => loadFrozenList(db(), id));

export async function frozenListMetadata(locale: Locale, id: string): Promise<Metadata> {
  const list = await load(id);
  const t = getMessages(locale).share;
  if (!list) return { title: t.title };
  const title = frozenTitle(locale, list);
  const saved = fill(t.frozenOn, { date: formatDate(locale, list.createdAt) });
  const description = list.sampleIds.size ? `${saved} ${t.sampleNotice}` : saved;
  return {
    title,
    description,
    robots: { index: false },
    ...previewMetadata({ title, description, image: localePath(locale, `/og/s/${list.id}`) }),
  };
}

/** "安全保护 · 四川省 · 保存的机构名单 · 2026年11月29日": what was saved first, then when. */
function frozenTitle(locale: Locale, list: FrozenListView): string {
  const t = getMessages(locale);
  return [savedFiltersLine(locale, list.search), t.share.title, formatDate(locale, list.createdAt)].join(
    t.search.separator,
  );
}

/** The saved filters in words, kind by kind. */
function SavedFilters({ locale, list }: { locale: Locale; list: FrozenListView }) {
  const t = getMessages(locale).share;
  const filters = savedFilters(locale, list.search);
  return (
    <section aria-labelledby="filters-heading" data-testid="saved-filters">
      <h2 id="filters-heading" className="text-lg font-semibold">
        {t.filtersHeading}
      </h2>
      {filters.length ? (
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          {filters.map((f) => (
            <div key={f.key} className="contents" data-filter={f.key}>
              <dt className="text-stone-600">{f.name}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-2">{t.noFilters}</p>
      )}
    </section>
  );
}

function ItemLink({ locale, item }: { locale: Locale; item: FrozenItem }) {
  return (
    <Link href={localePath(locale, `/organizations/${item.slug}`)} className="text-brand-800 hover:underline">
      {nameIn(locale, item)}
    </Link>
  );
}

function ChangeList({
  locale,
  heading,
  items,
  kind,
}: {
  locale: Locale;
  heading: string;
  items: FrozenItem[];
  kind: string;
}) {
  if (!items.length) return null;
  return (
    <div data-change={kind}>
      <h3 className="font-medium">{heading}</h3>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {items.map((item) => (
          <li key={item.id}>
            <ItemLink locale={locale} item={item} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A frozen list as the sender saw it, and what changed since. */
export async function FrozenListPage({ locale, id }: { locale: Locale; id: string }) {
  const list = await load(id);
  if (!list) notFound();
  const t = getMessages(locale).share;
  const removed = new Set(list.removed.map((i) => i.id));
  const changed = list.added.length + list.removed.length + list.reReviewed.length > 0;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <p className="mt-1 text-stone-700" data-testid="frozen-on">
          {fill(t.frozenOn, { date: formatDate(locale, list.createdAt) })}
        </p>
        <Link
          href={localePath(locale, "/organizations") + list.query}
          className="mt-2 inline-block text-brand-700 underline"
        >
          {t.openLive}
        </Link>
        {list.sampleIds.size > 0 && (
          <p className="mt-3 max-w-3xl rounded border border-amber-300 bg-amber-50 p-3 text-amber-900" data-sample-note>
            {t.sampleNotice}
          </p>
        )}
      </header>
      <section aria-label={t.tools} className="flex flex-wrap items-start gap-2" data-print="hide">
        <CopyLinkButton title={frozenTitle(locale, list)} labels={copyLinkLabels(locale)} />
        <QrCode locale={locale} path={localePath(locale, `/s/${list.id}`)} />
      </section>
      <SavedFilters locale={locale} list={list} />
      <section aria-labelledby="changes-heading" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="changes-heading" className="text-lg font-semibold">
          {t.changesHeading}
        </h2>
        {changed ? (
          <div className="mt-2 space-y-3">
            <ChangeList
              locale={locale}
              kind="added"
              heading={countText(locale, t.added, list.added.length)}
              items={list.added}
            />
            <ChangeList
              locale={locale}
              kind="removed"
              heading={countText(locale, t.removed, list.removed.length)}
              items={list.removed}
            />
            <ChangeList
              locale={locale}
              kind="re-reviewed"
              heading={countText(locale, t.reReviewed, list.reReviewed.length)}
              items={list.reReviewed}
            />
          </div>
        ) : (
          <p className="mt-2 text-stone-700">{t.noChanges}</p>
        )}
      </section>
      <section aria-labelledby="frozen-heading">
        <h2 id="frozen-heading" className="text-lg font-semibold">
          {countText(locale, t.listHeading, list.items.length)}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6" data-testid="frozen-items">
          {list.items.map((item) => (
            <li key={item.id}>
              <ItemLink locale={locale} item={item} />
              {removed.has(item.id) && <span className="text-sm text-stone-500"> {t.removedNote}</span>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
