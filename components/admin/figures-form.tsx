"use client";

import { useActionState } from "react";
import { countText } from "@/lib/i18n/plural";
import { type FiguresImportState, figuresImportAction } from "@/app/(admin)/admin/actions";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n";
import { CsvUploadFields, UploadRefusal, useUploadSubmit } from "./csv-upload";
import type { AdminMessages } from "./field-error";

type Props = { locale: "zh" | "en"; t: AdminMessages; errors: Messages["coverage"]["errors"]; errorRow: string };

/** Upload of a figures CSV: check first, then import; errors listed by row. */
export function FiguresForm({ locale, t, errors, errorRow }: Props) {
  const [state, action, pending] = useActionState<FiguresImportState, FormData>(figuresImportAction, {
    status: "idle",
  });
  const submit = useUploadSubmit(action);
  const report = state.report;
  return (
    <>
      <form action={action} onSubmit={submit} className="mt-4 grid max-w-xl gap-4">
        <CsvUploadFields t={t} id="figures-file" pending={pending} />
      </form>
      <UploadRefusal t={t} status={state.status} />
      {report && (
        <div className="mt-6" data-figures-report>
          <p
            role={report.errors.length ? "alert" : "status"}
            className={report.errors.length ? "text-red-800" : "text-green-900"}
          >
            {report.errors.length
              ? countText(locale, t.import.refused, report.errors.length)
              : fill(report.applied ? t.figures.applied : t.figures.checked, {
                  rows: report.rows,
                  created: report.created,
                  updated: report.updated,
                })}
          </p>
          {report.errors.length > 0 && (
            <ul className="mt-3 list-disc pl-5 text-sm">
              {report.errors.map((e, i) => (
                <li key={i} data-figures-error-row={e.row}>
                  {fill(errorRow, { row: e.row })}:{" "}
                  {fill(errors[e.code] ?? e.code, { column: e.column ?? "", detail: e.detail ?? "" })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
