import { type Locale, getMessages } from "@/lib/i18n";

/** The copy-link button's words, the same on every page that offers it. */
export function copyLinkLabels(locale: Locale) {
  const { copyLink, copied, copyFailed, shareSheet } = getMessages(locale).search;
  return { copyLink, copied, copyFailed, shareSheet };
}
