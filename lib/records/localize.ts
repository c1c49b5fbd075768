import type { Locale } from "@/lib/i18n";

/** The text in the page's language; English falls back to Chinese where no translation is recorded. */
export function localized(locale: Locale, zh: string, en: string | null | undefined): string {
  return locale === "en" && en ? en : zh;
}

/** A record's name in the page's language. */
export function nameIn(locale: Locale, record: { nameZh: string; nameEn: string | null }): string {
  return localized(locale, record.nameZh, record.nameEn);
}

/** Same as localized, for optional fields. */
export function localizedOptional(
  locale: Locale,
  zh: string | null | undefined,
  en: string | null | undefined,
): string | null {
  return (locale === "en" ? en || zh : zh) ?? null;
}
