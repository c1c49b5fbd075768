"use client";

import { useActionState } from "react";
import { countText } from "@/lib/i18n/plural";
import { type ImportState, importAction } from "@/app/(admin)/admin/actions";
import { recordKinds } from "@/lib/admin/record-kinds";
import type { ImportErrorKey } from "@/lib/admin/transfer";
import type { Messages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { CsvUploadFields, UploadRefusal, useUploadSubmit } from "./csv-upload";
import { type AdminMessages, inputClass } from "./field-error";

export function ImportForm({ locale, t, ti }: { locale: "zh" | "en"; t: AdminMessages; ti: Messages["imports"] }) {
  const sentence = (key: ImportErrorKey) =>
    key in t.errors ? t.errors[key as keyof typeof t.errors] : ti.errors[key as keyof typeof ti.errors];
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, { status: "idle" });
  const submit = useUploadSubmit(action);
  const report = state.report;
  return (
    <>
      <form action={action} onSubmit={submit} className="mt-4 grid max-w-xl gap-4">
        <div>
          <label htmlFor="import-kind" className="block text-sm font-medium">
            {t.import.kind}
          </label>
          <select id="import-kind" name="kind" defaultValue="organization" className={inputClass}>
            {recordKinds.map((k) => (
              <option key={k} value={k}>
                {t.kinds[k]}
              </option>
            ))}
          </select>
        </div>
        <CsvUploadFields t={t} id="import-file" pending={pending} />
      </form>
      <UploadRefusal t={t} status={state.status} />
      {report && (
        <div className="mt-6" data-import-report>
          <p role={report.ok ? "status" : "alert"} className={report.ok ? "text-green-900" : "text-red-800"}>
            {report.applied
              ? fill(t.import.applied, { rows: report.rows })
              : report.ok
                ? fill(t.import.checked, { rows: report.rows })
                : countText(locale, t.import.refused, report.errors.length)}
          </p>
          {report.ok && (
            <p className="mt-2 text-sm" data-import-counts>
              {fill(ti.counts, { created: report.created, updated: report.updated, unchanged: report.unchanged })}
            </p>
          )}
          {report.ok && report.plan.some((p) => p.action === "update") && (
            <table className="mt-3 w-full border-collapse bg-white text-sm" data-import-changes>
              <caption className="p-2 text-left font-medium">{ti.changesHeading}</caption>
              <thead>
                <tr className="border-b text-left">
                  <th scope="col" className="p-2">
                    {t.import.row}
                  </th>
                  <th scope="col" className="p-2">
                    slug
                  </th>
                  <th scope="col" className="p-2">
                    {t.import.field}
                  </th>
                  <th scope="col" className="p-2">
                    {ti.before}
                  </th>
                  <th scope="col" className="p-2">
                    {ti.after}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.plan
                  .filter((p) => p.action === "update")
                  .flatMap((p) =>
                    p.changes.map((c) => (
                      <tr
                        key={`${p.row}-${c.field}`}
                        className="border-b border-stone-100"
                        data-import-change-row={p.row}
                      >
                        <td className="p-2">{p.row}</td>
                        <td className="p-2">{p.slug}</td>
                        <td className="p-2">{t.fields[c.field as keyof typeof t.fields] ?? c.field}</td>
                        <td className="p-2 whitespace-pre-wrap text-stone-600">{c.before}</td>
                        <td className="p-2 whitespace-pre-wrap">{c.after}</td>
                      </tr>
                    )),
                  )}
              </tbody>
            </table>
          )}
          {report.errors.length > 0 && (
            <table className="mt-3 w-full border-collapse bg-white text-sm">
              <thead>
                <tr className="border-b text-left">
                  <th scope="col" className="p-2">
                    {t.import.row}
                  </th>
                  <th scope="col" className="p-2">
                    {t.import.field}
                  </th>
                  <th scope="col" className="p-2">
                    {t.import.error}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((e) => (
                  <tr key={`${e.row}-${e.field}`} className="border-b border-stone-100" data-import-error-row={e.row}>
                    <td className="p-2">{e.row}</td>
                    <td className="p-2">{t.fields[e.field.split(".")[0] as keyof typeof t.fields] ?? e.field}</td>
                    <td className="p-2">{fill(sentence(e.error.key), { limit: e.error.limit ?? "" })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </>
  );
}
