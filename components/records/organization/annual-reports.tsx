import { type Locale, getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";

/** An organization's annual reports, newest first: the first is the latest year disclosed. */
export function AnnualReportList({
  locale,
  reports,
}: {
  locale: Locale;
  reports: { year: number; url: string | null }[];
}) {
  const t = getMessages(locale).provenance.annualReports;
  return (
    <ul className="flex flex-wrap gap-x-3" data-annual-reports={reports.length}>
      {reports.map((report) => (
        <li key={report.year} data-annual-report={report.year}>
          {report.url ? (
            <a href={report.url} className="text-brand-700 underline" rel="noopener noreferrer">
              {fill(t.year, { year: report.year })}
            </a>
          ) : (
            fill(t.year, { year: report.year })
          )}
        </li>
      ))}
    </ul>
  );
}
