import Link from "next/link";
import { decideReportAction } from "@/app/(admin)/admin/reports/actions";
import { requireStaffPage } from "@/lib/auth/current";
import { adminLocale } from "@/lib/admin/locale";
import { kinds } from "@/lib/admin/kinds";
import { db } from "@/lib/db/client";
import { type Locale, getMessages, htmlLang, localePath } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { reportLimits } from "@/lib/reports/limits";
import { type QueueReport, listReports, reportCounts } from "@/lib/reports/moderation";
import { buttonClass, inputClass, secondaryButtonClass } from "./field-error";

const publicPath = { need: "/needs", policy: "/policies", mode: "/modes", organization: "/organizations" } as const;
const dateTime = (locale: Locale, date: Date) =>
  new Intl.DateTimeFormat(htmlLang[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  }).format(date);

type Refusal = keyof ReturnType<typeof getMessages>["reportsAdmin"]["refused"];
type Done = keyof ReturnType<typeof getMessages>["reportsAdmin"]["done"];

/** /admin/reports: the moderation queue, each report beside the record as it is now. */
export async function ReportsQueuePage({ searchParams }: { searchParams: Record<string, string | undefined> }) {
  const staff = await requireStaffPage();
  const locale = await adminLocale();
  const t = getMessages(locale).reportsAdmin;
  const view = searchParams.view === "decided" ? "decided" : "open";
  const [reports, counts] = await Promise.all([listReports(db(), staff, view), reportCounts(db(), staff)]);
  const refused = searchParams.refused && searchParams.refused in t.refused ? (searchParams.refused as Refusal) : null;
  const done = searchParams.done && searchParams.done in t.done ? (searchParams.done as Done) : null;
  const tab = (active: boolean) =>
    `rounded px-3 py-1.5 text-sm ${active ? "bg-brand-700 text-white" : "border border-stone-300 bg-white hover:bg-stone-100"}`;
  return (
    <section>
      <h1 className="text-2xl font-bold">{t.heading}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t.lead}</p>
      {done && (
        <p role="status" className="mt-3 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {fill(t.reportNumber, { id: searchParams.report ?? "" })}: {t.done[done]}
        </p>
      )}
      {refused && (
        <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {searchParams.report && `${fill(t.reportNumber, { id: searchParams.report })}: `}
          {t.refused[refused]}
        </p>
      )}
      <nav className="mt-4 flex gap-2" aria-label={t.heading}>
        <Link
          href="/admin/reports"
          className={tab(view === "open")}
          aria-current={view === "open" ? "page" : undefined}
        >
          {fill(t.openTab, { number: counts.problems + counts.suggestions })}
        </Link>
        <Link
          href="/admin/reports?view=decided"
          className={tab(view === "decided")}
          aria-current={view === "decided" ? "page" : undefined}
        >
          {t.decidedTab}
        </Link>
      </nav>
      {reports.length === 0 ? (
        <p className="mt-6 text-stone-600">{view === "open" ? t.emptyOpen : t.emptyDecided}</p>
      ) : (
        <ol className="mt-6 space-y-6">
          {reports.map((report) => (
            <li key={report.id}>
              <ReportItem report={report} locale={locale} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ReportItem({ report, locale }: { report: QueueReport; locale: Locale }) {
  const t = getMessages(locale).reportsAdmin;
  const headingId = `report-${report.id}`;
  const proposed: [string, string | null][] = [
    [t.proposedName, report.proposedName],
    [t.proposedWebsite, report.proposedWebsite],
    [t.proposedRegion, report.proposedRegion],
    [t.proposedContact, report.proposedContact],
  ];
  return (
    <article
      aria-labelledby={headingId}
      className="rounded-lg border border-stone-200 bg-white p-4"
      data-report={report.id}
      data-report-kind={report.kind}
      data-report-status={report.status}
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {fill(t.reportNumber, { id: report.id })} · {t.kind[report.kind]} · {t.status[report.status]}
      </h2>
      <p className="text-sm text-stone-600">
        {fill(t.received, { date: dateTime(locale, report.createdAt) })} · {t.language[report.locale as "zh" | "en"]}
      </p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <section aria-label={t.theReport}>
          <h3 className="font-medium">{t.theReport}</h3>
          {report.kind === "SUGGESTION" && (
            <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-sm">
              {proposed
                .filter(([, value]) => value)
                .map(([label, value]) => (
                  <div key={label} className="contents">
                    <dt className="text-stone-600">{label}</dt>
                    <dd className="break-words">{value}</dd>
                  </div>
                ))}
            </dl>
          )}
          {/* Shown as text, never markup; dir="auto" keeps right-to-left text from reordering the page. */}
          <p dir="auto" className="mt-2 whitespace-pre-line break-words rounded bg-stone-50 p-2" data-report-message>
            {report.message}
          </p>
          <p className="mt-2 text-sm text-stone-600">
            {t.contactEmail}: {report.contactEmail ?? t.noContact}
          </p>
        </section>
        <CurrentRecord report={report} locale={locale} />
      </div>
      {report.status === "NEW" ? (
        <Decisions report={report} locale={locale} />
      ) : (
        <Decided report={report} locale={locale} />
      )}
    </article>
  );
}

function CurrentRecord({ report, locale }: { report: QueueReport; locale: Locale }) {
  const t = getMessages(locale).reportsAdmin;
  if (report.kind === "SUGGESTION")
    return (
      <section aria-label={t.similar} className="text-sm">
        <h3 className="font-medium">{t.similar}</h3>
        {report.similar.length === 0 ? (
          <p className="mt-1 text-stone-600">{t.noSimilar}</p>
        ) : (
          <ul className="mt-1 list-disc pl-5">
            {report.similar.map((org) => (
              <li key={org.id}>
                <Link href={`/admin/organization/${org.id}`} className="text-brand-700 underline">
                  {org.nameZh}
                  {org.nameEn && ` / ${org.nameEn}`}
                </Link>{" "}
                ({org.status === "PUBLISHED" ? t.published : t.draft})
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  const target = report.target;
  const snapshot = target?.snapshot;
  if (!target || !snapshot)
    return (
      <section aria-label={t.currentRecord} className="text-sm">
        <h3 className="font-medium">{t.currentRecord}</h3>
        <p className="mt-1 text-stone-600">{t.recordGone}</p>
      </section>
    );
  const spec = kinds[target.kind];
  const shown = spec.fields.filter((f) => f.type !== "bool" && snapshot.values[f.name] !== null).slice(0, 10);
  const status = snapshot.deletedAt ? t.deleted : snapshot.status === "PUBLISHED" ? t.published : t.draft;
  return (
    <section aria-label={t.currentRecord} className="text-sm" data-current-record={`${target.kind}:${target.id}`}>
      <h3 className="font-medium">
        {t.currentRecord}: {getMessages(locale).admin.kinds[target.kind]} · {String(snapshot.values[spec.titleZh])}
      </h3>
      <p className="text-stone-600">{fill(t.recordState, { status, version: snapshot.version })}</p>
      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3">
        {shown.map((field) => (
          <div key={field.name} className="contents">
            <dt className="text-stone-600">{field.name}</dt>
            <dd className="line-clamp-3 break-words">{String(snapshot.values[field.name])}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 flex gap-3">
        <Link href={`/admin/${target.kind}/${target.id}`} className="text-brand-700 underline">
          {t.openEdit}
        </Link>
        <a
          href={localePath(locale, `${publicPath[target.kind]}/${String(snapshot.values.slug)}`)}
          className="text-brand-700 underline"
        >
          {t.openPublic}
        </a>
      </p>
    </section>
  );
}

function Decisions({ report, locale }: { report: QueueReport; locale: Locale }) {
  const t = getMessages(locale).reportsAdmin;
  const id = report.id;
  return (
    <div className="mt-4 grid gap-4 border-t border-stone-200 pt-4 md:grid-cols-3">
      <form action={decideReportAction}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="decision" value="accept" />
        <button type="submit" className={buttonClass}>
          {report.kind === "SUGGESTION" ? t.acceptSuggestion : t.acceptProblem}
        </button>
      </form>
      <form action={decideReportAction}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="decision" value="reject" />
        <label htmlFor={`reason-${id}`} className="block text-sm font-medium">
          {t.reason}
        </label>
        <textarea
          id={`reason-${id}`}
          name="reason"
          required
          maxLength={reportLimits.reason}
          rows={2}
          className={inputClass}
        />
        <button type="submit" className={`${secondaryButtonClass} mt-2`}>
          {t.reject}
        </button>
      </form>
      <form action={decideReportAction}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="decision" value="duplicate" />
        <label htmlFor={`duplicate-${id}`} className="block text-sm font-medium">
          {t.duplicateOf}
        </label>
        <input
          id={`duplicate-${id}`}
          name="duplicateOf"
          type="number"
          min={1}
          required
          inputMode="numeric"
          className={inputClass}
        />
        <button type="submit" className={`${secondaryButtonClass} mt-2`}>
          {t.duplicate}
        </button>
      </form>
    </div>
  );
}

function Decided({ report, locale }: { report: QueueReport; locale: Locale }) {
  const t = getMessages(locale).reportsAdmin;
  return (
    <div className="mt-4 border-t border-stone-200 pt-3 text-sm" data-decision>
      <p>
        {fill(t.decidedBy, {
          who: report.decidedByName ?? "—",
          date: report.decidedAt ? dateTime(locale, report.decidedAt) : "—",
          status: t.status[report.status],
        })}
      </p>
      {report.reason && (
        <p dir="auto" className="break-words">
          {fill(t.reasonLine, { reason: report.reason })}
        </p>
      )}
      {report.duplicateOfId && <p>{fill(t.duplicateLine, { id: report.duplicateOfId })}</p>}
      {report.createdOrganizationId && (
        <p>
          <Link href={`/admin/organization/${report.createdOrganizationId}`} className="text-brand-700 underline">
            {t.draftLine}
          </Link>
        </p>
      )}
    </div>
  );
}
