"use client";

import { useActionState, useState } from "react";
import { saveRecordAction } from "@/app/(admin)/admin/actions";
import type { FieldSpec } from "@/lib/admin/fields";
import type { RecordFormState } from "@/lib/admin/form-state";
import type { RecordKind } from "@/lib/admin/kinds";
import type { LinkChoices, RegionOption } from "@/lib/admin/queries";
import type { Messages } from "@/lib/i18n";
import { type AdminMessages, buttonClass } from "./field-error";
import { Banner } from "./record-form-banner";
import { Field } from "./record-form-field";
import { ModeNeedsFieldset, OrganizationModesFieldset, PolicyNeedsFieldset } from "./record-form-links";
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
  const links = { choices, values: v, errors, t };

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
      {kind === "policy" && <PolicyNeedsFieldset {...links} />}
      {kind === "mode" && <ModeNeedsFieldset {...links} />}
      {kind === "organization" && (
        <>
          <OrganizationModesFieldset {...links} />
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
