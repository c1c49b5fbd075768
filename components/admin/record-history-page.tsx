import { notFound } from "next/navigation";
import { requireStaffPage } from "@/lib/auth/current";
import { adminLocale } from "@/lib/admin/locale";
import { type RecordKind, kinds } from "@/lib/admin/kinds";
import { getRecord, recordHistory } from "@/lib/admin/queries";
import { db } from "@/lib/db/client";
import { getMessages, htmlLang } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { StateButton } from "./record-edit-page";

const show = (value: unknown) =>
  value === null || value === undefined || value === ""
    ? "—"
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value);

/** Every recorded change of a record, newest first, with what changed and a way back to any earlier version. */
export async function RecordHistoryPage({ kind, id }: { kind: RecordKind; id: number }) {
  const staff = await requireStaffPage();
  const locale = await adminLocale();
  const messages = getMessages(locale);
  const t = messages.admin;
  const methods = messages.provenance.verification.methods;
  const [record, entries] = await Promise.all([getRecord(db(), staff, kind, id), recordHistory(db(), staff, kind, id)]);
  if (!record) notFound();
  const when = new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: "medium", timeStyle: "medium" });
  return (
    <section>
      <h1 className="text-2xl font-bold">
        {fill(t.history.heading, { title: String(record.values[kinds[kind].titleZh]) })}
      </h1>
      {entries.length === 0 && <p className="mt-4">{t.history.empty}</p>}
      <ol className="mt-4 space-y-3">
        {entries.map((entry) => {
          const before = entry.before?.values ?? {};
          const after = entry.after?.values ?? {};
          const changed = Object.keys({ ...before, ...after }).filter(
            (k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null),
          );
          return (
            <li
              key={entry.id}
              className="rounded border border-stone-200 bg-white p-3"
              data-audit-action={entry.action}
            >
              <p className="font-medium">
                {t.auditActions[entry.action as keyof typeof t.auditActions] ?? entry.action} ·{" "}
                {when.format(new Date(entry.at))} · {entry.staffName ?? t.history.system}
                {entry.action === "review" && entry.after?.reviewMethod && (
                  <span data-review-method={entry.after.reviewMethod}>
                    {" "}
                    ·{" "}
                    {fill(messages.reviewAdmin.reviewedLine, {
                      method: methods[entry.after.reviewMethod as keyof typeof methods] ?? entry.after.reviewMethod,
                    })}
                  </span>
                )}
              </p>
              {changed.length > 0 && entry.before ? (
                <dl className="mt-2 grid gap-x-3 text-sm sm:grid-cols-[auto_1fr]">
                  {changed.map((name) => (
                    <div key={name} className="contents">
                      <dt className="font-medium">{t.fields[name as keyof typeof t.fields] ?? name}</dt>
                      <dd className="break-words">
                        <del className="text-red-800">{show(before[name])}</del> →{" "}
                        <ins className="text-green-800 no-underline">{show(after[name])}</ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : (
                entry.before && <p className="mt-1 text-sm text-stone-600">{t.history.nothingChanged}</p>
              )}
              {entry.after && entry.after.version !== record.version && (
                <div className="mt-2">
                  <StateButton
                    kind={kind}
                    id={id}
                    version={record.version}
                    operation="restore"
                    label={t.history.restore}
                    extra={{ entryId: entry.id }}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
