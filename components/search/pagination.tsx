import { type Locale, formatNumber, getMessages } from "@/lib/i18n";
import { resultsHref } from "@/lib/search/describe";
import type { SearchParams } from "@/lib/search/params";
import { fill } from "@/lib/i18n/fill";

const link = "rounded border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100";

export function Pagination({
  locale,
  params,
  page,
  pageCount,
}: {
  locale: Locale;
  params: SearchParams;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const t = getMessages(locale).search;
  const href = (n: number) => resultsHref(locale, params, { page: n });
  const n = (value: number) => formatNumber(locale, value);
  return (
    <nav aria-label={t.pagination} className="mt-6 flex flex-wrap items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className={link}>
          {t.previous}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{fill(t.pageOf, { page: n(page), pages: n(pageCount) })}</span>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next" className={link}>
          {t.next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
