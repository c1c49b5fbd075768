import Link from "next/link";
import { notFound } from "next/navigation";
import { recordStateAction } from "@/app/(admin)/admin/actions";
import { requireStaffPage } from "@/lib/auth/current";
import { adminLocale } from "@/lib/admin/locale";
import { type RecordKind, kinds } from "@/lib/admin/kinds";
import { getRecord, linkChoices, regionPickerStart } from "@/lib/admin/queries";
import { db } from "@/lib/db/client";
import { getMessages, htmlLang } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { secondaryButtonClass } from "./field-error";
import { RecordForm } from "./record-form";
import { ReportNote } from "./report-note";
import { ReviewForm } from "./review-form";

type Operation = "publish" | "unpublish" | "review" | "delete" | "undelete" | "restore" | "create";

export async function RecordEditPage({
  kind,
  id,
  searchParams,
}: {
  kind: RecordKind;
  id?: number;
  searchParams: { done?: string; refused?: string; report?: string };
}) {
  const staff = await requireStaffPage();
  const locale = await adminLocale();
  const messages = getMessages(locale);
  const t = messages.admin;
  const record = id === undefined ? null : await getRecord(db(), staff, kind, id);
  if (id !== undefined && !record) notFound();
  const [choices, regions] = await Promise.all([
    linkChoices(db(), staff),
    kind === "organization"
      ? regionPickerStart(db(), staff, ((record?.values.regions ?? []) as unknown[]).map(String))
      : { provinces: [], names: {} },
  ]);
  const spec = kinds[kind];
  const heading = fill(record ? t.form.editHeading : t.form.newHeading, { kind: t.kinds[kind] });
  const done = searchParams.done as Operation | undefined;
  const doneLabel = done && done in t.auditActions ? t.auditActions[done as keyof typeof t.auditActions] : undefined;
  return (
    <section>
      <h1 className="text-2xl font-bold">{heading}</h1>
      {record && (
        <>
          <p className="mt-1 text-lg">{String(record.values[spec.titleZh])}</p>
          <p className="mt-2 text-sm text-stone-700" data-record-state>
            {fill(t.form.statusLine, { status: record.deletedAt ? t.status.deleted : t.status[record.status] })} ·{" "}
            {fill(t.form.version, { version: record.version })} ·{" "}
            {record.reviewedAt
              ? fill(t.form.reviewedLine, {
                  when: new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: "medium", timeStyle: "short" }).format(
                    new Date(record.reviewedAt),
                  ),
                  who: record.reviewerName ?? "—",
                })
              : t.form.notReviewed}
            {record.reviewMethod &&
              ` · ${fill(messages.reviewAdmin.reviewedLine, {
                method:
                  messages.provenance.verification.methods[
                    record.reviewMethod as keyof typeof messages.provenance.verification.methods
                  ],
              })}`}
          </p>
          {doneLabel && (
            <p role="status" className="mt-3 rounded border border-green-300 bg-green-50 p-3 text-green-900">
              {fill(t.actions.done, { action: doneLabel })}
            </p>
          )}
          {searchParams.refused && (
            <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-3 text-red-800">
              {searchParams.refused === "forbidden" ? t.errors.forbidden : t.actions.refused}
            </p>
          )}
          <div className="mt-3 flex flex-wrap gap-2">
            {record.deletedAt ? (
              <StateButton
                kind={kind}
                id={record.id}
                version={record.version}
                operation="undelete"
                label={t.actions.undelete}
              />
            ) : (
              <>
                {record.status === "DRAFT" ? (
                  <StateButton
                    kind={kind}
                    id={record.id}
                    version={record.version}
                    operation="publish"
                    label={t.actions.publish}
                  />
                ) : (
                  <StateButton
                    kind={kind}
                    id={record.id}
                    version={record.version}
                    operation="unpublish"
                    label={t.actions.unpublish}
                  />
                )}
                <Link href={`/admin/${kind}/${record.id}/delete`} className={secondaryButtonClass}>
                  {t.actions.delete}
                </Link>
              </>
            )}
            <Link href={`/admin/${kind}/${record.id}/preview`} className={secondaryButtonClass}>
              {t.actions.preview}
            </Link>
            <Link href={`/admin/${kind}/${record.id}/history`} className={secondaryButtonClass}>
              {t.actions.history}
            </Link>
          </div>
          {!record.deletedAt && (
            <div className="mt-3">
              <ReviewForm
                kind={kind}
                id={record.id}
                version={record.version}
                t={messages.reviewAdmin}
                methods={messages.provenance.verification.methods}
              />
            </div>
          )}
        </>
      )}
      {searchParams.report && <ReportNote staff={staff} locale={locale} reportId={searchParams.report} />}
      <RecordForm
        kind={kind}
        fields={spec.fields}
        values={record?.values ?? {}}
        id={record?.id}
        version={record?.version}
        choices={choices}
        regions={regions}
        t={t}
        ts={messages.sourcesAdmin}
      />
    </section>
  );
}

/** A one-button form for a state change; the version makes a stale page's click a refusal, not an overwrite. */
export function StateButton({
  kind,
  id,
  version,
  operation,
  label,
  extra,
}: {
  kind: RecordKind;
  id: number;
  version: number;
  operation: Operation;
  label: string;
  extra?: Record<string, string | number>;
}) {
  return (
    <form action={recordStateAction}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="operation" value={operation} />
      {extra &&
        Object.entries(extra).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <button type="submit" className={secondaryButtonClass}>
        {label}
      </button>
    </form>
  );
}
