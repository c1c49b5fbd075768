import { BLANK_REPORT_ROWS } from "@/lib/admin/annual-reports";
import { BLANK_SOURCE_ROWS, sourceFields } from "@/lib/admin/sources";
import type { RecordFormState } from "@/lib/admin/form-state";
import type { Messages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { type AdminMessages, FieldErrorText, inputClass } from "./field-error";

type Errors = RecordFormState["fieldErrors"];
type SourceMessages = Messages["sourcesAdmin"];

const str = (value: unknown) =>
  value === null || value === undefined ? "" : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);

function Cell({
  name,
  label,
  value,
  error,
  type = "text",
  wide,
  t,
}: {
  name: string;
  label: string;
  value: unknown;
  error?: Errors[string];
  type?: string;
  wide?: boolean;
  t: AdminMessages;
}) {
  const id = name.replaceAll(".", "-");
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <label htmlFor={id} className="block text-xs text-stone-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={type === "date" ? str(value).slice(0, 10) : str(value)}
        aria-invalid={!!error}
        aria-describedby={`${id}-error`}
        className={inputClass}
      />
      <FieldErrorText id={`${id}-error`} error={error} t={t} />
    </div>
  );
}

/** The sources a record cites, one row each, with blank rows to add more (a row left blank is not saved). */
export function SourcesFieldset({
  sources,
  errors,
  t,
  ts,
}: {
  sources: Record<string, unknown>[];
  errors: Errors;
  t: AdminMessages;
  ts: SourceMessages;
}) {
  const rows = [...sources, ...Array.from({ length: BLANK_SOURCE_ROWS }, (): Record<string, unknown> => ({}))];
  const type = { url: "url", accessedOn: "date" } as Record<string, string>;
  return (
    <fieldset className="space-y-3 rounded border border-stone-200 bg-white p-4" data-sources-fieldset>
      <legend className="px-1 font-semibold">{ts.legend}</legend>
      <p className="text-sm text-stone-600">{ts.help}</p>
      <FieldErrorText id="sources-error" error={errors.sources} t={t} />
      {rows.map((row, index) => (
        <div key={index} className="rounded border border-stone-100 p-2" data-source-row={index}>
          <p className="text-sm font-medium">{fill(ts.row, { n: index + 1 })}</p>
          <div className="mt-1 grid gap-2 sm:grid-cols-2">
            {sourceFields.map((field) => (
              <Cell
                key={field}
                name={`source.${index}.${field}`}
                label={`${fill(ts.row, { n: index + 1 })}: ${ts[field]}`}
                value={row[field]}
                error={errors[`sources.${index}.${field}`]}
                type={type[field]}
                wide={field === "title"}
                t={t}
              />
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/** An organization's annual reports: year and link per row, with a blank row to add one. */
export function AnnualReportsFieldset({
  reports,
  errors,
  t,
  ts,
}: {
  reports: Record<string, unknown>[];
  errors: Errors;
  t: AdminMessages;
  ts: SourceMessages;
}) {
  const rows = [...reports, ...Array.from({ length: BLANK_REPORT_ROWS }, (): Record<string, unknown> => ({}))];
  return (
    <fieldset className="space-y-2 rounded border border-stone-200 bg-white p-4" data-reports-fieldset>
      <legend className="px-1 font-semibold">{ts.reportsLegend}</legend>
      <p className="text-sm text-stone-600">{ts.reportsHelp}</p>
      {rows.map((row, index) => (
        <div key={index} className="grid gap-2 sm:grid-cols-[8rem_1fr]">
          <Cell
            name={`report.${index}.year`}
            label={`${ts.reportYear} ${index + 1}`}
            value={row.year}
            error={errors[`annualReports.${index}.year`]}
            t={t}
          />
          <Cell
            name={`report.${index}.url`}
            label={`${ts.reportUrl} ${index + 1}`}
            value={row.url}
            error={errors[`annualReports.${index}.url`]}
            type="url"
            t={t}
          />
        </div>
      ))}
    </fieldset>
  );
}
