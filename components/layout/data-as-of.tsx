import { type Locale, formatDate, getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { getDataAsOf } from "@/lib/records/data-as-of";
import { logger } from "@/lib/log/logger";

/** "Data as of …" in the footer; left out when the date cannot be read, so the page itself still renders. */
export async function DataAsOf({ locale }: { locale: Locale }) {
  let date: Date | null;
  try {
    date = await getDataAsOf();
  } catch (error) {
    logger.warn({ err: error }, "data-as-of date unavailable");
    return null;
  }
  if (!date) return null;
  const t = getMessages(locale).provenance.footer;
  return <span data-as-of={date.toISOString()}>{fill(t.dataAsOf, { date: formatDate(locale, date) })}</span>;
}
