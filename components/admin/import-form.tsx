"use client";

import { useActionState } from "react";
import { countText } from "@/lib/i18n/plural";
import { type ImportState, importAction } from "@/app/(admin)/admin/actions";
import { recordKinds } from "@/lib/admin/kinds";
import { fill } from "@/lib/i18n/fill";
import { CsvUploadFields, UploadRefusal } from "./csv-upload";
import { type AdminMessages, inputClass } from "./field-error";

export function ImportForm({ locale, t }: { locale: "zh" | "en"; t: AdminMessages }) {
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, { status: "idle" });
  const report = state.report;
  return (
    <>
      <form action={action} className="mt-4 grid max-w-xl gap-4">
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
                    <td className="p-2">{fill(t.errors[e.error.key], { limit: e.error.limit ?? "" })}</td>
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
