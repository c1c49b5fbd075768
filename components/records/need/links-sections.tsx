import Link from "next/link";
import { type Locale, getMessages, localePath } from "@/lib/i18n";
import type { NeedDetail } from "@/lib/records/needs";
import { Section } from "../section";

/** The published policies that address a need, by year (year unknown last). */
export function NeedPoliciesSection({ locale, policies }: { locale: Locale; policies: NeedDetail["policies"] }) {
  const t = getMessages(locale).records;
  return (
    <Section id="policies" title={t.need.policiesHeading}>
      {policies.length ? (
        <ul className="list-disc space-y-1 pl-5">
          {policies.map((policy) => (
            <li key={policy.slug}>
              <Link href={localePath(locale, `/policies/${policy.slug}`)} className="text-brand-700 underline">
                {policy.title}
              </Link>{" "}
              <span className="text-stone-600">({policy.year ?? t.policies.yearUnknown})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-600">{t.need.noPolicies}</p>
      )}
    </Section>
  );
}

/** The modes that meet a need, and how. */
export function NeedModesSection({ locale, modes }: { locale: Locale; modes: NeedDetail["modes"] }) {
  const t = getMessages(locale).records;
  return (
    <Section id="modes" title={t.need.modesHeading}>
      {modes.length ? (
        <ul className="space-y-3">
          {modes.map((mode) => (
            <li key={mode.slug}>
              <Link href={localePath(locale, `/modes/${mode.slug}`)} className="font-medium text-brand-700 underline">
                {mode.name}
              </Link>
              <p className="text-stone-700">{mode.how}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-600">{t.need.noModes}</p>
      )}
    </Section>
  );
}
