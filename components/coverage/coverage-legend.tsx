import { coverageClasses } from "@/lib/coverage/classify";
import { type Locale, getMessages } from "@/lib/i18n";

/** The four kinds of cell, and what "policy linked" means: a fact about this directory, not about China. */
export function CoverageLegend({ locale }: { locale: Locale }) {
  const t = getMessages(locale).coverage.classes;
  return (
    <section aria-labelledby="legend-heading" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="legend-heading" className="text-base font-semibold">
        {t.heading}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t.scale}</p>
      <p className="mt-1 text-sm text-stone-700" data-policy-meaning>
        {t.policyMeaning}
      </p>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2">
        {coverageClasses.map((kind) => (
          <div key={kind} className="rounded border border-stone-200 p-3" data-legend={kind}>
            <dt className="font-medium">
              <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs">{t.short[kind]}</span>
              {t.label[kind]}
            </dt>
          </div>
        ))}
      </dl>
    </section>
  );
}
