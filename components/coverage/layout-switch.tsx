import Link from "next/link";
import { type CoverageLayout, type CoverageQuery, coverageLayouts } from "@/lib/coverage/params";
import { type Locale, getMessages } from "@/lib/i18n";

/** Either layout on any device: the server's guess from the device is only the default. */
export function LayoutSwitch({
  locale,
  layout,
  viewHref,
}: {
  locale: Locale;
  layout: CoverageLayout;
  viewHref: (change: Partial<CoverageQuery>) => string;
}) {
  const t = getMessages(locale).coverage.layout;
  return (
    <p className="mt-6 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="layout-switch">
      <span className="font-medium">{t.label}</span>
      {coverageLayouts.map((option) =>
        option === layout ? (
          <span key={option} aria-current="true" className="rounded bg-stone-200 px-2 py-1">
            {t[option]}
          </span>
        ) : (
          <Link key={option} href={viewHref({ layout: option })} className="px-2 py-1 text-brand-700 underline">
            {t[option]}
          </Link>
        ),
      )}
    </p>
  );
}
