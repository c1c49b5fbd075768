import type { FieldSpec } from "@/lib/admin/fields";
import type { RecordFormState } from "@/lib/admin/form-state";
import { fill } from "@/lib/i18n/fill";
import type { AdminMessages } from "./field-error";
import { fieldText } from "./record-form-field";

/** The outcome of the last save: saved, refused (and why), or overtaken by someone else's newer version. */
export function Banner({
  state,
  t,
  fields,
}: {
  state: RecordFormState;
  t: AdminMessages;
  fields: readonly FieldSpec[];
}) {
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
                  <dd className="break-words">{fieldText(current.values[f.name])}</dd>
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
