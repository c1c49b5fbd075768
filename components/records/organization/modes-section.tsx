import Link from "next/link";
import { type Locale, getMessages, localePath } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import type { OrganizationModeDetail } from "@/lib/records/organizations";
import { organizationsHref } from "@/lib/records/results-link";
import { ScaleText } from "../scale-text";
import { Section } from "../section";

/** The modes an organization runs, their scale, and the needs each meets. */
export function OrganizationModesSection({ locale, modes }: { locale: Locale; modes: OrganizationModeDetail[] }) {
  const o = getMessages(locale).records.organization;
  return (
    <Section id="modes" title={o.modesHeading}>
      {modes.length ? (
        <>
          <p className="mb-3 max-w-3xl text-stone-700">{o.modesLead}</p>
          <ul className="space-y-4">
            {modes.map((mode) => (
              <li key={mode.slug} className="rounded-lg border border-stone-200 bg-white p-4" data-mode={mode.slug}>
                <h3 className="font-semibold">
                  <Link href={localePath(locale, `/modes/${mode.slug}`)} className="text-brand-700 underline">
                    {mode.name}
                  </Link>
                </h3>
                <p className="text-sm text-stone-600">
                  <ScaleText locale={locale} scale={mode} />
                  {mode.sinceYear !== null && ` · ${fill(o.sinceYear, { year: mode.sinceYear })}`}
                </p>
                {mode.note && <p className="mt-1 text-stone-700">{mode.note}</p>}
                {mode.needs.length > 0 && (
                  <>
                    <p className="mt-2 text-sm font-medium">{o.meetsNeeds}</p>
                    <ul className="mt-1 space-y-1">
                      {mode.needs.map((need) => (
                        <li key={need.slug}>
                          <Link href={localePath(locale, `/needs/${need.slug}`)} className="text-brand-700 underline">
                            {need.name}
                          </Link>
                          <span className="text-stone-700"> — {need.how}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <p className="mt-2 text-sm">
                  <Link href={organizationsHref(locale, { mode: mode.slug })} className="text-brand-700 underline">
                    {o.seeSimilar}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-stone-600">{o.noModes}</p>
      )}
    </Section>
  );
}
