import type { ReactNode } from "react";
import { type Locale, formatNumber } from "@/lib/i18n";
import type { FacetCounts } from "@/lib/search/facets";
import type { ResolvedSearch } from "@/lib/search/resolve";

/** What every section of the filter form is drawn from. */
export type FilterSectionProps = { locale: Locale; search: ResolvedSearch; facets: FacetCounts };

export const checkbox = "h-4 w-4 shrink-0 accent-brand-700";
export const row = "flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-stone-100";
export const fieldLabel = "mb-1 block text-sm font-semibold text-stone-800";
export const selectBox = "w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";

/** How many organizations an option would give, at the end of its row. */
function Count({ locale, value }: { locale: Locale; value: number }) {
  return <span className="ml-auto pl-2 text-xs tabular-nums text-stone-500">{formatNumber(locale, value)}</span>;
}

export function Legend({ children }: { children: ReactNode }) {
  return <legend className="mb-1 text-sm font-semibold text-stone-800">{children}</legend>;
}

/** One checkbox option with its label and count. */
export function CheckOption({
  locale,
  name,
  value,
  checked,
  label,
  count,
}: {
  locale: Locale;
  name: string;
  value: string;
  checked: boolean;
  label: string;
  count: number;
}) {
  return (
    <label className={row}>
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className={checkbox} />
      <span>{label}</span>
      <Count locale={locale} value={count} />
    </label>
  );
}
