import type { CoverageMatrix } from "@/lib/coverage/matrix";
import { countText } from "@/lib/i18n/plural";
import { type Locale, getMessages } from "@/lib/i18n";

/** Says whether need-intensity figures are known for this view; no figure is ever invented. */
export function FiguresNote({ locale, matrix }: { locale: Locale; matrix: CoverageMatrix }) {
  const t = getMessages(locale).coverage.figures;
  const known = matrix.columns.filter((c) => c.figure).length;
  return (
    <section aria-labelledby="figures-heading" className="mt-6 text-sm">
      <h2 id="figures-heading" className="font-semibold">
        {t.heading}
      </h2>
      <p className="mt-1 max-w-3xl text-stone-700" data-testid="figures-note">
        {known ? countText(locale, t.some, known) : t.none}
      </p>
    </section>
  );
}
