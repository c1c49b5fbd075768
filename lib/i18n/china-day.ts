// Dates on the site are calendar days in China (UTC+8, no daylight saving), whatever the server's time zone:
// a record reviewed at 01:00 Beijing time on 2 March was reviewed on 2 March, not on 1 March (UTC).
const chinaDayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day in China of an instant, as YYYY-MM-DD (for CSV cells and file names). */
export function chinaDay(instant: Date | string): string {
  return chinaDayFormat.format(typeof instant === "string" ? new Date(instant) : instant);
}
