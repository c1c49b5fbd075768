import { adminMessages } from "@/messages/admin";
import { commonMessages } from "@/messages/common";
import { coverageMessages } from "@/messages/coverage";
import { homeMessages } from "@/messages/home";
import { limitsMessages } from "@/messages/limits";
import { importsMessages } from "@/messages/imports";
import { provenanceMessages } from "@/messages/provenance";
import { recordsMessages } from "@/messages/records";
import { reportsMessages } from "@/messages/reports";
import { searchMessages } from "@/messages/search";
import { securityMessages } from "@/messages/security";
import { shareMessages } from "@/messages/share";
import { trustMessages } from "@/messages/trust";
import { opendataMessages } from "@/messages/opendata";

export const locales = ["zh", "en"] as const;
export type Locale = (typeof locales)[number];

// One file per area of the site, each holding both languages (see define.ts).
const areas = [
  commonMessages,
  homeMessages,
  recordsMessages,
  searchMessages,
  shareMessages,
  coverageMessages,
  adminMessages,
  reportsMessages,
  trustMessages,
  provenanceMessages,
  limitsMessages,
  importsMessages,
  opendataMessages,
  securityMessages,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type Messages = UnionToIntersection<(typeof areas)[number]["zh"]>;

const dictionaries = {
  zh: Object.assign({}, ...areas.map((area) => area.zh)) as Messages,
  en: Object.assign({}, ...areas.map((area) => area.en)) as Messages,
};

/** Every string of the site in one locale, read on the server. */
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

// Intl formatters are costly to build and safe to share: one per locale, made once.
const numberFormats = { zh: new Intl.NumberFormat(htmlLang.zh), en: new Intl.NumberFormat(htmlLang.en) };
const chinaDateOptions: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: "Asia/Shanghai",
};
const dateFormats = {
  zh: new Intl.DateTimeFormat(htmlLang.zh, chinaDateOptions),
  en: new Intl.DateTimeFormat(htmlLang.en, chinaDateOptions),
};

/** Formats a number for the locale (grouping separators). */
export function formatNumber(locale: Locale, value: number): string {
  return numberFormats[locale].format(value);
}

/** A calendar date in the locale's style (2026年11月28日 / 28 November 2026), as it falls in China. */
export function formatDate(locale: Locale, date: Date): string {
  return dateFormats[locale].format(date);
}
