import { type Locale, htmlLang } from "@/lib/i18n";

/** "2012年9月" / "September 2012", or the year alone when the month is not known. */
export function formatYearMonth(locale: Locale, year: number, month: number | null): string {
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, 15));
  const options: Intl.DateTimeFormatOptions = month
    ? { year: "numeric", month: "long", timeZone: "UTC" }
    : { year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(htmlLang[locale], options).format(date);
}

/** "9月" / "September". */
export function formatMonth(locale: Locale, month: number): string {
  return new Intl.DateTimeFormat(htmlLang[locale], { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, month - 1, 15)),
  );
}
