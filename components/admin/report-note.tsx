import Link from "next/link";
import type { StaffSession } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { getReport } from "@/lib/reports/moderation";

/** Above a record's edit form opened from an accepted public report: what the report says. */
export async function ReportNote({
  staff,
  locale,
  reportId,
}: {
  staff: StaffSession;
  locale: Locale;
  reportId: string;
}) {
  if (!/^\d{1,9}$/.test(reportId)) return null;
  const report = await getReport(db(), staff, Number(reportId));
  if (!report) return null;
  const t = getMessages(locale).reportsAdmin;
  return (
    <aside
      aria-labelledby="report-note-heading"
      className="mt-4 max-w-3xl rounded border border-sky-300 bg-sky-50 p-3 text-sky-950"
      data-report-note={report.id}
    >
      <h2 id="report-note-heading" className="font-semibold">
        {fill(t.noteHeading, { id: report.id })}
      </h2>
      <p className="text-sm">{t.noteLead}</p>
      <p dir="auto" className="mt-2 whitespace-pre-line break-words rounded bg-white p-2">
        {report.message}
      </p>
      <p className="mt-2 text-sm">
        <Link href="/admin/reports" className="underline">
          {t.noteBack}
        </Link>
      </p>
    </aside>
  );
}
