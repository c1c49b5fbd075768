"use client";

import { useActionState } from "react";
import type { SimpleFormState } from "@/lib/admin/form-state";
import { type AdminMessages, FieldErrorText, buttonClass, inputClass } from "./field-error";

type Field = {
  name: string;
  label: string;
  type: "text" | "email" | "password" | "select";
  autoComplete?: string;
  options?: [string, string][];
};

/** A small staff form (accounts, password) with field errors and kept values. */
export function SimpleForm({
  action: serverAction,
  fields,
  submit,
  doneMessage,
  t,
}: {
  action: (state: SimpleFormState, form: FormData) => Promise<SimpleFormState>;
  fields: Field[];
  submit: string;
  doneMessage: string;
  t: AdminMessages;
}) {
  const [state, action, pending] = useActionState(serverAction, { status: "idle", fieldErrors: {} });
  return (
    <form action={action} key={JSON.stringify(state)} className="mt-4 grid max-w-md gap-4" noValidate>
      {state.status === "done" && (
        <p role="status" className="text-green-900">
          {doneMessage}
        </p>
      )}
      {state.status === "forbidden" && (
        <p role="alert" className="text-red-800">
          {t.errors.forbidden}
        </p>
      )}
      {state.status === "unavailable" && (
        <p role="alert" className="text-red-800">
          {t.errors.databaseUnavailable}
        </p>
      )}
      {fields.map((f) => (
        <div key={f.name}>
          <label htmlFor={f.name} className="block text-sm font-medium">
            {f.label}
          </label>
          {f.type === "select" ? (
            <select id={f.name} name={f.name} defaultValue={state.values?.[f.name]} className={inputClass}>
              {f.options?.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={f.name}
              name={f.name}
              type={f.type}
              autoComplete={f.autoComplete}
              defaultValue={f.type === "password" ? undefined : state.values?.[f.name]}
              aria-invalid={!!state.fieldErrors[f.name]}
              aria-describedby={`${f.name}-error`}
              className={inputClass}
            />
          )}
          <FieldErrorText id={`${f.name}-error`} error={state.fieldErrors[f.name]} t={t} />
        </div>
      ))}
      <button type="submit" disabled={pending} className={buttonClass}>
        {submit}
      </button>
    </form>
  );
}
