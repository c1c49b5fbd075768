import { type Locale, getMessages } from "@/lib/i18n";
import { Section } from "./section";

/** A mode's evidence, shown only as backed by its cited sources (the loader gives none without sources). */
export function ModeEvidence({ locale, evidence }: { locale: Locale; evidence: string | null }) {
  if (!evidence) return null;
  const t = getMessages(locale).provenance.evidence;
  return (
    <Section id="evidence" title={t.heading}>
      <div data-evidence="cited">
        <p className="mb-2 max-w-3xl text-sm text-stone-600">{t.lead}</p>
        <p className="max-w-3xl whitespace-pre-line leading-relaxed">{evidence}</p>
      </div>
    </Section>
  );
}
