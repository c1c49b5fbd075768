import Link from "next/link";
import { type Locale, getMessages, localePath } from "@/lib/i18n";
import { type PolicyListItem, getPolicyList } from "@/lib/records/policies";
import { Breadcrumb } from "./breadcrumb";
import { formatMonth } from "./format";
import { recordMetadata } from "./page-metadata";

export function policiesMetadata(locale: Locale) {
  const t = getMessages(locale).records.policies;
  return recordMetadata(locale, "/policies", t.title, t.description);
}

/** Consecutive policies of the same year (the list is already in order of issue, year unknown last). */
function byYear(policies: PolicyListItem[]): { year: number | null; policies: PolicyListItem[] }[] {
  const years: { year: number | null; policies: PolicyListItem[] }[] = [];
  for (const policy of policies) {
    const last = years.at(-1);
    if (last?.year === policy.year) last.policies.push(policy);
    else years.push({ year: policy.year, policies: [policy] });
  }
  return years;
}

export async function PoliciesPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).records;
  const policies = await getPolicyList(locale);
  return (
    <>
      <Breadcrumb locale={locale} trail={[{ label: t.policies.title }]} />
      <h1 className="text-3xl font-bold">{t.policies.title}</h1>
      <p className="mt-3 max-w-3xl text-stone-700">{t.policies.lead}</p>
      {policies.length === 0 && <p className="mt-6 text-stone-600">{t.policies.empty}</p>}
      <ol aria-label={t.policies.timelineLabel} className="mt-8 space-y-8 border-l-2 border-brand-100 pl-4 sm:pl-6">
        {byYear(policies).map(({ year, policies: ofYear }) => (
          <li key={year ?? "unknown"} data-year={year ?? "unknown"}>
            <h2 className="text-2xl font-bold text-brand-700">{year ?? t.policies.yearUnknown}</h2>
            {year === null && <p className="mt-1 text-sm text-stone-600">{t.policies.yearUnknownNote}</p>}
            <ul className="mt-3 space-y-4">
              {ofYear.map((policy) => (
                <li
                  key={policy.slug}
                  className="rounded-lg border border-stone-200 bg-white p-4"
                  data-policy={policy.slug}
                >
                  <p className="text-sm text-stone-600">
                    {policy.year === null
                      ? ""
                      : policy.month
                        ? formatMonth(locale, policy.month)
                        : t.policies.monthUnknown}
                    {policy.year === null ? "" : " · "}
                    {policy.issuer}
                  </p>
                  <h3 className="mt-1 text-lg font-semibold">
                    <Link href={localePath(locale, `/policies/${policy.slug}`)} className="text-brand-700 underline">
                      {policy.title}
                    </Link>
                  </h3>
                  <p className="mt-2 flex flex-wrap gap-2 text-sm">
                    <span className="rounded bg-stone-100 px-2 py-0.5 text-stone-800">
                      {t.policyLevel[policy.level]}
                    </span>
                    <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-800">
                      {t.policyDomain[policy.domain]}
                    </span>
                    {policy.documentNumber && <span className="text-stone-700">{policy.documentNumber}</span>}
                  </p>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
