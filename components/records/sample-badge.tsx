import { type Locale, getMessages } from "@/lib/i18n";

/** Marks invented demo records so they are never taken for real organizations. */
export function SampleBadge({ locale }: { locale: Locale }) {
  return (
    <span className="inline-block rounded border border-amber-400 bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
      {getMessages(locale).records.sample.badge}
    </span>
  );
}
