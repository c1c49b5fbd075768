import { en } from "@/messages/en";
import { type Messages, zh } from "@/messages/zh";

export const locales = ["zh", "en"] as const;
export type Locale = (typeof locales)[number];

const dictionaries: Record<Locale, Messages> = { zh, en };

export function getMessages(locale: Locale): Messages {
  return dictionaries[locale];
}

/** Chinese lives at unprefixed paths, English under /en. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (locale === "zh") return clean;
  return clean === "/" ? "/en" : `/en${clean}`;
}

export const htmlLang: Record<Locale, string> = { zh: "zh-CN", en: "en" };

/** Formats a number for the locale (grouping separators). */
export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(htmlLang[locale]).format(value);
}
