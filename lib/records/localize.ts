import type { Locale } from "@/lib/i18n";

/** The text in the page's language; English falls back to Chinese where no translation is recorded. */
export function localized(locale: Locale, zh: string, en: string | null | undefined): string {
  return locale === "en" && en ? en : zh;
}

/** Same as localized, for optional fields. */
export function localizedOptional(locale: Locale, zh: string | null | undefined, en: string | null | undefined): string | null {
  return (locale === "en" ? en || zh : zh) ?? null;
}
