import { copyLinkLabels } from "./copy-link-labels";
import { CopyLinkButton } from "@/components/search/copy-link-button";
import { type Locale, getMessages, localePath } from "@/lib/i18n";
import { QrCode } from "./qr-code";

/** An organization page's share tools: copy the link, the system share sheet, the QR code for WeChat. */
export function OrganizationShare({ locale, slug, title }: { locale: Locale; slug: string; title: string }) {
  const t = getMessages(locale).share;
  return (
    <section aria-label={t.tools} className="mt-4 flex flex-wrap items-start gap-2" data-print="hide">
      <CopyLinkButton title={title} labels={copyLinkLabels(locale)} />
      <QrCode locale={locale} path={localePath(locale, `/organizations/${slug}`)} />
    </section>
  );
}
