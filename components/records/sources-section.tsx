import { type Locale, formatDate, getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import type { PublicSource } from "@/lib/records/provenance";
import { Section } from "./section";

/** The sources a record cites: title (linked when there is a link), publisher, date accessed, what it supports. */
export function SourcesSection({
  locale,
  sources,
  further = false,
}: {
  locale: Locale;
  sources: PublicSource[];
  /** Sources beyond a record's own (a policy's document source): titled so, and left out when there are none. */
  further?: boolean;
}) {
  const t = getMessages(locale).provenance.sources;
  if (further && !sources.length) return null;
  return (
    <Section id="sources" title={further ? t.further : t.heading}>
      {sources.length ? (
        <>
          <p className="mb-2 max-w-3xl text-sm text-stone-600">{t.lead}</p>
          <ol className="max-w-3xl list-decimal space-y-2 pl-5" data-sources={sources.length}>
            {sources.map((source, index) => (
              <li key={index} data-source>
                {source.url ? (
                  <a href={source.url} className="text-brand-700 underline" rel="noopener noreferrer">
                    {source.title}
                  </a>
                ) : (
                  <span>{source.title}</span>
                )}
                {source.publisher && <span className="text-stone-700"> · {source.publisher}</span>}
                {source.accessedOn && (
                  <span className="text-stone-600">
                    {" "}
                    · {fill(t.accessedOn, { date: formatDate(locale, source.accessedOn) })}
                  </span>
                )}
                <p className="text-sm text-stone-700">
                  {t.supports}
                  {source.supports}
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="text-stone-600" data-sources={0}>
          {t.none}
        </p>
      )}
    </Section>
  );
}
