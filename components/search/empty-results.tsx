import { type Locale, getMessages, localePath } from "@/lib/i18n";
import { countText } from "@/lib/i18n/plural";
import type { WideningStep } from "@/lib/search/widen";

function stepText(locale: Locale, step: WideningStep): string {
  const t = getMessages(locale).search;
  switch (step.kind) {
    case "parent-region":
      return countText(locale, t.widenRegion, step.total, { region: step.label });
    case "match-any":
      return countText(locale, t.widenMatchAny, step.total);
    case "drop-filter":
      return countText(locale, t.dropSuggestion, step.total, { label: step.label });
  }
}

/**
 * What an empty result offers: the widening steps that lead somewhere, each with its count, and what the empty
 * result means. Sample data says nothing about where needs go unmet, so it never reads as a gap then.
 */
export function EmptyResults({
  locale,
  steps,
  sampleData,
}: {
  locale: Locale;
  steps: WideningStep[];
  sampleData: boolean;
}) {
  const t = getMessages(locale).search;
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-6" data-testid="empty-state">
      <h2 className="text-lg font-semibold">{t.emptyHeading}</h2>
      {steps.length ? (
        <>
          <p className="mt-1 text-stone-700">{t.emptyHint}</p>
          <ul className="mt-3 list-disc space-y-1 pl-5">
            {steps.map((step) => (
              <li key={step.kind} data-widen={step.kind}>
                <a href={step.href} className="text-brand-700 underline">
                  {stepText(locale, step)}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-3">
          <a href={localePath(locale, "/organizations")} className="text-brand-700 underline">
            {t.noSuggestion}
          </a>
        </p>
      )}
      {sampleData ? (
        <p className="mt-4 text-sm text-amber-900" data-testid="empty-meaning">
          {t.sampleNoGap}
        </p>
      ) : (
        <p className="mt-4 text-sm text-stone-700" data-testid="empty-meaning">
          {t.possibleGap}{" "}
          <a href={localePath(locale, "/coverage")} className="text-brand-700 underline">
            {t.coverageLink}
          </a>
        </p>
      )}
    </div>
  );
}
