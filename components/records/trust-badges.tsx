import { type Locale, getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { formatYearMonth } from "./format";

export type TrustDates = { charityRecognisedOn: Date | null; fundraisingQualifiedOn: Date | null };

/**
 * Charity-law badges: shown only for what staff entered with a date (a sample
 * record never shows one). Under the Charity Law only qualified organizations
 * may solicit donations from the public.
 */
export function TrustBadges({
  locale,
  dates,
  isSample,
  verifiedAt,
}: {
  locale: Locale;
  dates: TrustDates;
  isSample: boolean;
  /** The record's last review, when staff checked these details with the rest: "核实于 2026年10月". */
  verifiedAt: Date | null;
}) {
  const t = getMessages(locale).trust.badges;
  if (isSample) return null;
  const month = (d: Date) => formatYearMonth(locale, d.getUTCFullYear(), d.getUTCMonth() + 1);
  const verified = verifiedAt ? fill(t.verified, { date: month(verifiedAt) }) : null;
  const text = (template: string, date: Date) =>
    [fill(template, { date: month(date) }), verified].filter(Boolean).join(" · ");
  const badges = [
    dates.charityRecognisedOn && { key: "recognised", text: text(t.recognised, dates.charityRecognisedOn) },
    dates.fundraisingQualifiedOn && { key: "fundraising", text: text(t.fundraising, dates.fundraisingQualifiedOn) },
  ].filter((b): b is { key: string; text: string } => !!b);
  if (!badges.length) return null;
  return (
    <ul className="flex flex-wrap gap-2 text-sm" aria-label={t.label}>
      {badges.map((b) => (
        <li key={b.key} data-trust-badge={b.key} className="rounded bg-green-50 px-2 py-0.5 text-green-900">
          {b.text}
        </li>
      ))}
    </ul>
  );
}
