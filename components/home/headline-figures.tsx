import { type Locale, formatNumber, getMessages } from "@/lib/i18n";
import type { HeadlineFigures } from "@/lib/records/headline-figures";

const order = ["needs", "policies", "modes", "organizations", "provinces"] as const;

export function HeadlineFiguresList({ locale, figures }: { locale: Locale; figures: HeadlineFigures }) {
  const t = getMessages(locale).home;
  return (
    <section aria-labelledby="figures-heading" className="mt-10">
      <h2 id="figures-heading" className="text-lg font-semibold text-stone-800">
        {t.figuresHeading}
      </h2>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {order.map((key) => (
          <div key={key} className="flex flex-col rounded-lg border border-stone-200 bg-white p-4" data-figure={key}>
            <dt className="text-sm text-stone-600">{t.figures[key]}</dt>
            <dd className="order-first text-3xl font-bold text-brand-700">{formatNumber(locale, figures[key])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
