import type { PluralMessage } from "@/lib/i18n/plural-message";
import Link from "next/link";
import { countText } from "@/lib/i18n/plural";
import type { ReactNode } from "react";
import { type Locale } from "@/lib/i18n";
import type { ProvinceGroup } from "@/lib/records/provinces";

/** Organizations listed under each province they work in, with a count and a link to the province's results. */
export function ProvinceGroups<T extends { slug: string }>({
  locale,
  groups,
  countLabel,
  provinceLink,
  renderItem,
}: {
  locale: Locale;
  groups: ProvinceGroup<T>[];
  countLabel: PluralMessage;
  provinceLink?: (group: ProvinceGroup<T>) => { href: string; label: string };
  renderItem: (item: T) => ReactNode;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {groups.map((group) => {
        const link = provinceLink?.(group);
        return (
          <section
            key={group.code}
            aria-labelledby={`province-${group.code}`}
            className="rounded-lg border border-stone-200 bg-white p-4"
            data-province={group.code}
          >
            <h3 id={`province-${group.code}`} className="flex items-baseline justify-between gap-2 font-semibold">
              <span>{group.name}</span>
              <span className="text-sm font-normal text-stone-600">
                {countText(locale, countLabel, group.items.length)}
              </span>
            </h3>
            <ul className="mt-2 space-y-2">
              {group.items.map((item) => (
                <li key={item.slug}>{renderItem(item)}</li>
              ))}
            </ul>
            {link && (
              <p className="mt-3 text-sm">
                <Link href={link.href} className="text-brand-700 underline">
                  {link.label}
                </Link>
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
