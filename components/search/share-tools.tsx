import { copyLinkLabels } from "@/components/share/copy-link-labels";
import { freezeListAction } from "@/app/actions/share";
import { type Locale, getMessages } from "@/lib/i18n";
import { resultsHref } from "@/lib/search/describe";
import { type SearchParams, toQueryString } from "@/lib/search/params";
import { QrCode } from "@/components/share/qr-code";
import { CopyLinkButton } from "./copy-link-button";

const button = "rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100";

/** Copy link, share sheet, QR code for WeChat, CSV export and "save this exact list". */
export function ShareTools({ locale, params, title }: { locale: Locale; params: SearchParams; title: string }) {
  const t = getMessages(locale).search;
  return (
    <section aria-label={t.share} className="flex flex-wrap items-start gap-2" data-print="hide">
      <CopyLinkButton title={title} labels={copyLinkLabels(locale)} />
      <a
        href={resultsHref(locale, params, { page: 1, sort: params.sort }, "/organizations.csv")}
        className={button}
        download
      >
        {t.exportCsv}
      </a>
      <form action={freezeListAction}>
        <input type="hidden" name="query" value={toQueryString({ ...params, page: 1 })} />
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" title={t.freezeHint} className={button}>
          {t.freeze}
        </button>
      </form>
      <QrCode locale={locale} path={resultsHref(locale, params, { page: params.page })} />
    </section>
  );
}
