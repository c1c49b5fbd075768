import type { FieldSpec } from "@/lib/admin/fields";
import type { RecordFormState } from "@/lib/admin/form-state";
import { type AdminMessages, FieldErrorText, inputClass } from "./field-error";

type FieldError = RecordFormState["fieldErrors"][string];

/** A stored value as an input shows it (nothing for null). */
export const fieldText = (value: unknown) => (value === null || value === undefined ? "" : String(value));
/** A date input's value: YYYY-MM-DD from a Date or an ISO string. */
const dayValue = (value: unknown) => (value instanceof Date ? value.toISOString() : fieldText(value)).slice(0, 10);

/** One column of the record, drawn for its type, with its error. */
export function Field({
  field,
  value,
  error,
  t,
}: {
  field: FieldSpec;
  value: unknown;
  error?: FieldError;
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
    control = <textarea {...common} rows={4} defaultValue={fieldText(value)} className={inputClass} />;
  else if (field.type === "enum")
    control = (
      <select
        {...common}
        defaultValue={fieldText(value) || (field.optional ? "" : field.options[0])}
        className={inputClass}
      >
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
        defaultValue={field.type === "date" ? dayValue(value) : fieldText(value)}
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

/** A small input inside a link's row (how a mode meets a need, the scale of a mode), with its error. */
export function SmallInput({
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
  error?: FieldError;
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
        defaultValue={fieldText(value)}
        aria-invalid={!!error}
        aria-describedby={`${id}-error`}
        className={inputClass}
      />
      <FieldErrorText id={`${id}-error`} error={error} t={t} />
    </div>
  );
}
