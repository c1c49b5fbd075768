import { type Locale, getMessages, localePath } from "@/lib/i18n";
import type { ActiveFilter } from "@/lib/search/describe";

export function ActiveFilters({ locale, filters }: { locale: Locale; filters: ActiveFilter[] }) {
  if (!filters.length) return null;
  const t = getMessages(locale).search;
  return (
    <section aria-label={t.activeFilters} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-stone-600">{t.activeFilters}:</span>
      {filters.map((filter) => (
        <a
          key={filter.key}
          href={filter.removeHref}
          className="inline-flex items-center gap-1 rounded-full bg-brand-100 px-3 py-1 text-brand-800 hover:bg-brand-50"
        >
          {filter.label}
          <span className="sr-only">{t.removeRest}</span>
          <span aria-hidden="true">×</span>
        </a>
      ))}
      <a href={localePath(locale, "/organizations")} className="text-brand-700 underline">
        {t.clearAll}
      </a>
    </section>
  );
}
