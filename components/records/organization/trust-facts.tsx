import { type Locale, formatDate, getMessages } from "@/lib/i18n";
import type { OrganizationDetail } from "@/lib/records/organizations";
import { Section } from "../section";
import { AnnualReportList } from "./annual-reports";

/** Registration and charity-law standing, as staff entered them; nothing is shown that was not entered. */
export function TrustFacts({ locale, org }: { locale: Locale; org: OrganizationDetail }) {
  const t = getMessages(locale).trust;
  const f = t.facts;
  const tr = org.trust;
  const day = (d: Date | null) => (d ? formatDate(locale, d) : null);
  const rows: [string, React.ReactNode][] = [
    [f.creditCode, tr.creditCode && <span className="font-mono">{tr.creditCode}</span>],
    [f.legalForm, tr.legalForm && t.legalForm[tr.legalForm]],
    [f.registrationAuthority, tr.registrationAuthority],
    [f.registeredOn, day(tr.registeredOn)],
    [f.recognised, day(tr.charityRecognisedOn)],
    [f.fundraising, day(tr.fundraisingQualifiedOn)],
    [
      f.charityChina,
      tr.charityChinaUrl && (
        <a href={tr.charityChinaUrl} className="text-brand-700 underline" rel="noopener noreferrer">
          {f.charityChinaLink}
        </a>
      ),
    ],
    [f.latestReport, tr.annualReports.length > 0 && <AnnualReportList locale={locale} reports={tr.annualReports} />],
  ];
  const entered = rows.filter(([, value]) => !!value);
  return (
    <Section id="trust" title={f.heading}>
      {org.isSample ? (
        <p className="text-stone-700">{f.sample}</p>
      ) : entered.length ? (
        <>
          <p className="mb-2 max-w-3xl text-sm text-stone-600">{f.lead}</p>
          <dl className="grid max-w-3xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
            {entered.map(([label, value]) => (
              <div key={label} className="contents" data-trust-fact={label}>
                <dt className="text-stone-600">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p className="text-stone-700">{f.none}</p>
      )}
    </Section>
  );
}
