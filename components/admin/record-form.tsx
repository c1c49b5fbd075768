"use client";

import { useActionState, useState } from "react";
import { saveRecordAction } from "@/app/(admin)/admin/actions";
import type { FieldSpec } from "@/lib/admin/fields";
import type { RecordFormState } from "@/lib/admin/form-state";
import type { RecordKind } from "@/lib/admin/kinds";
import type { LinkChoices, RegionOption } from "@/lib/admin/queries";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n";
import { type AdminMessages, FieldErrorText, buttonClass, inputClass } from "./field-error";
import { RegionPicker } from "./region-picker";
import { AnnualReportsFieldset, SourcesFieldset } from "./sources-fieldset";

type Props = {
  kind: RecordKind;
  fields: readonly FieldSpec[];
  values: Record<string, unknown>;
  id?: number;
  version?: number;
  choices: LinkChoices;
  regions: { provinces: RegionOption[]; names: Record<string, string> };
  t: AdminMessages;
  ts: Messages["sourcesAdmin"];
};

const str = (value: unknown) => (value === null || value === undefined ? "" : String(value));
/** A date input's value: YYYY-MM-DD from a Date or an ISO string. */
const dayValue = (value: unknown) => (value instanceof Date ? value.toISOString() : str(value)).slice(0, 10);
type ModeLink = { modeId: unknown; sites?: unknown; childrenServed?: unknown; sinceYear?: unknown };
type NeedLink = { needId: unknown; howZh?: unknown; howEn?: unknown };

/** The one form of a record: its columns and its links. What was typed stays when a save is refused. */
export function RecordForm({ kind, fields, values, id, version, choices, regions, t, ts }: Props) {
  const [state, action, pending] = useActionState(saveRecordAction, {
    status: "idle",
    values,
    fieldErrors: {},
    version,
  } satisfies RecordFormState);
  const [regionNames, setRegionNames] = useState(regions.names);
  const v = state.values;
  const errors = state.fieldErrors;
  const currentVersion = state.version ?? version;
  // A key per submit makes the uncontrolled inputs take the returned values.
  const formKey = JSON.stringify(v);

  return (
    <form action={action} key={formKey} className="mt-4 space-y-4" noValidate>
      <input type="hidden" name="kind" value={kind} />
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      {currentVersion !== undefined && <input type="hidden" name="version" value={currentVersion} />}
      <Banner state={state} t={t} fields={fields} />
      <div className="grid gap-4 md:grid-cols-2">
        {fields.map((field) => (
          <Field key={field.name} field={field} value={v[field.name]} error={errors[field.name]} t={t} />
        ))}
      </div>
      {kind === "policy" && (
        <fieldset className="rounded border border-stone-200 bg-white p-4">
          <legend className="px-1 font-semibold">{t.form.needs}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {choices.needs.map((need) => (
              <label key={need.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="needs"
                  value={need.id}
                  defaultChecked={((v.needs ?? []) as unknown[]).map(String).includes(String(need.id))}
                />
                {need.nameZh}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {kind === "mode" && (
        <fieldset className="space-y-3 rounded border border-stone-200 bg-white p-4">
          <legend className="px-1 font-semibold">{t.form.needs}</legend>
          {choices.needs.map((need) => {
            const links = (v.needs ?? []) as NeedLink[];
            const index = links.findIndex((l) => String(l.needId) === String(need.id));
            const link = links[index];
            return (
              <div key={need.id} className="rounded border border-stone-100 p-2">
                <label className="flex items-center gap-2 font-medium">
                  <input type="checkbox" name="needs" value={need.id} defaultChecked={index >= 0} />
                  {need.nameZh}
                </label>
                <div className="mt-2 grid gap-2 sm:grid-cols-2">
                  <SmallInput
                    name={`how.${need.id}.zh`}
                    label={`${need.nameZh}: ${t.form.howZh}`}
                    value={link?.howZh}
                    error={errors[`needs.${index}.howZh`]}
                    t={t}
                  />
                  <SmallInput
                    name={`how.${need.id}.en`}
                    label={`${need.nameZh}: ${t.form.howEn}`}
                    value={link?.howEn}
                    error={errors[`needs.${index}.howEn`]}
                    t={t}
                  />
                </div>
              </div>
            );
          })}
        </fieldset>
      )}
      {kind === "organization" && (
        <>
          <fieldset className="space-y-3 rounded border border-stone-200 bg-white p-4">
            <legend className="px-1 font-semibold">{t.form.modes}</legend>
            {choices.modes.map((mode) => {
              const links = (v.modes ?? []) as ModeLink[];
              const index = links.findIndex((l) => String(l.modeId) === String(mode.id));
              const link = links[index];
              return (
                <div key={mode.id} className="rounded border border-stone-100 p-2">
                  <label className="flex items-center gap-2 font-medium">
                    <input type="checkbox" name="modes" value={mode.id} defaultChecked={index >= 0} />
                    {mode.nameZh}
                  </label>
                  <div className="mt-2 grid gap-2 sm:grid-cols-3">
                    {(["sites", "childrenServed", "sinceYear"] as const).map((name) => (
                      <SmallInput
                        key={name}
                        name={`scale.${mode.id}.${name}`}
                        label={`${mode.nameZh}: ${t.form[name]}`}
                        value={link?.[name]}
                        error={errors[`modes.${index}.${name}`]}
                        t={t}
                        numeric
                      />
                    ))}
                  </div>
                </div>
              );
            })}
          </fieldset>
          <RegionPicker
            provinces={regions.provinces}
            names={regionNames}
            onNamed={(code, name) => setRegionNames((known) => ({ ...known, [code]: name }))}
            selected={((v.regions ?? []) as unknown[]).map(String)}
            t={t}
            error={errors.regions}
          />
          <AnnualReportsFieldset
            reports={(v.annualReports ?? []) as Record<string, unknown>[]}
            errors={errors}
            t={t}
            ts={ts}
          />
        </>
      )}
      <SourcesFieldset sources={(v.sources ?? []) as Record<string, unknown>[]} errors={errors} t={t} ts={ts} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t.form.save}
      </button>
    </form>
  );
}

function Banner({ state, t, fields }: { state: RecordFormState; t: AdminMessages; fields: readonly FieldSpec[] }) {
  if (state.status === "saved")
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        {t.form.saved}
      </p>
    );
  if (state.status === "idle") return null;
  if (state.status === "conflict") {
    const current = state.current;
    return (
      <div role="alert" className="rounded border border-amber-400 bg-amber-50 p-3 text-amber-950" data-conflict>
        <p>{fill(t.form.conflict, { version: current?.version ?? "?" })}</p>
        {current && (
          <details open className="mt-2">
            <summary className="font-medium">{t.form.newerValues}</summary>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-newer-values>
              {fields.map((f) => (
                <div key={f.name} className="contents">
                  <dt className="font-medium">{t.fields[f.name as keyof typeof t.fields] ?? f.name}</dt>
                  <dd className="break-words">{str(current.values[f.name])}</dd>
                </div>
              ))}
            </dl>
          </details>
        )}
      </div>
    );
  }
  const message =
    state.status === "invalid"
      ? t.form.invalid
      : state.status === "integrity"
        ? t.form.integrity[state.integrity ?? "invalid-value"]
        : state.status === "forbidden"
          ? t.errors.forbidden
          : t.errors.databaseUnavailable;
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
      {message}
    </p>
  );
}

function Field({
  field,
  value,
  error,
  t,
}: {
  field: FieldSpec;
  value: unknown;
  error?: RecordFormState["fieldErrors"][string];
  t: AdminMessages;
}) {
  const label = t.fields[field.name as keyof typeof t.fields] ?? field.name;
  const common = {
    id: field.name,
    name: field.name,
    "aria-invalid": !!error,
    "aria-describedby": `${field.name}-error`,
  };
  if (field.type === "bool") {
    return (
      <div className="flex items-center gap-2">
        <input type="checkbox" {...common} defaultChecked={value === true || value === "on"} />
        <label htmlFor={field.name}>{label}</label>
      </div>
    );
  }
  const required = "required" in field && field.required;
  let control;
  if (field.type === "textarea")
    control = <textarea {...common} rows={4} defaultValue={str(value)} className={inputClass} />;
  else if (field.type === "enum")
    control = (
      <select {...common} defaultValue={str(value) || (field.optional ? "" : field.options[0])} className={inputClass}>
        {field.optional && <option value="">{t.fields.notEntered}</option>}
        {field.options.map((o) => (
          <option key={o} value={o}>
            {t.enums[o as keyof typeof t.enums] ?? o}
          </option>
        ))}
      </select>
    );
  else
    control = (
      <input
        {...common}
        type={field.type === "int" || field.type === "creditCode" ? "text" : field.type}
        inputMode={field.type === "int" ? "numeric" : undefined}
        defaultValue={field.type === "date" ? dayValue(value) : str(value)}
        className={inputClass}
      />
    );
  return (
    <div className={field.type === "textarea" ? "md:col-span-2" : undefined}>
      <label htmlFor={field.name} className="block text-sm font-medium">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {control}
      <FieldErrorText id={`${field.name}-error`} error={error} t={t} />
    </div>
  );
}

function SmallInput({
  name,
  label,
  value,
  error,
  t,
  numeric,
}: {
  name: string;
  label: string;
  value: unknown;
  error?: RecordFormState["fieldErrors"][string];
  t: AdminMessages;
  numeric?: boolean;
}) {
  const id = name.replaceAll(".", "-");
  return (
    <div>
      <label htmlFor={id} className="block text-xs text-stone-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        inputMode={numeric ? "numeric" : undefined}
        defaultValue={str(value)}
        aria-invalid={!!error}
        aria-describedby={`${id}-error`}
        className={inputClass}
      />
      <FieldErrorText id={`${id}-error`} error={error} t={t} />
    </div>
  );
}
