"use client";

import { useActionState, useEffect, useRef } from "react";
import type { Messages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import type { ReportFormState } from "@/lib/reports/form-state";
import { HONEYPOT_FIELD } from "@/lib/reports/schemas";

export type ReportField = {
  name: string;
  label: string;
  hint?: string;
  type: "text" | "email" | "url" | "textarea";
  required?: boolean;
  maxLength: number;
  autoComplete?: string;
};

const inputClass =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

/**
 * A public report form: labels, hints and errors tied to each control, an error summary that takes the focus,
 * typed values kept on every refusal, a hidden honeypot. Works without JavaScript (a plain form post).
 */
export function PublicReportForm({
  action: serverAction,
  fields,
  hidden,
  submit,
  sentMessage,
  againHref,
  t,
}: {
  action: (state: ReportFormState, form: FormData) => Promise<ReportFormState>;
  fields: ReportField[];
  hidden: Record<string, string>;
  submit: string;
  sentMessage: string;
  againHref: string;
  t: Messages["reports"];
}) {
  const [state, action, pending] = useActionState(serverAction, { status: "idle", fieldErrors: {}, values: {} });
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle") summary.current?.focus();
  }, [state]);

  if (state.status === "sent")
    return (
      <div
        ref={summary}
        tabIndex={-1}
        role="status"
        className="mt-6 rounded border border-green-300 bg-green-50 p-4"
        data-report-sent
      >
        <h2 className="text-lg font-semibold text-green-900">{t.sentHeading}</h2>
        <p className="mt-1 text-green-900">{sentMessage}</p>
        <p className="mt-3">
          <a href={againHref} className="text-brand-700 underline">
            {t.sendAnother}
          </a>
        </p>
      </div>
    );

  const errors = Object.entries(state.fieldErrors).filter(([name]) => fields.some((f) => f.name === name));
  const formError =
    state.status === "limited"
      ? fill(t.limited, { minutes: state.retryAfterMinutes ?? 60 })
      : state.status === "unknown-target"
        ? t.unknownTarget
        : state.status === "unavailable"
          ? t.unavailable
          : null;

  return (
    <form action={action} key={JSON.stringify(state)} className="mt-6 grid max-w-2xl gap-5" noValidate>
      {(errors.length > 0 || formError) && (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-4 text-red-900"
          data-error-summary
        >
          {formError && <p>{formError}</p>}
          {errors.length > 0 && (
            <>
              <p className="font-semibold">{fill(t.errorSummary, { number: errors.length })}</p>
              <ul className="mt-2 list-disc pl-5">
                {errors.map(([name, error]) => (
                  <li key={name}>
                    <a href={`#report-${name}`} className="underline">
                      {fields.find((f) => f.name === name)?.label}:{" "}
                      {fill(t.errors[error.key], { limit: error.limit ?? "" })}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const id = `report-${field.name}`;
        const error = state.fieldErrors[field.name];
        const described = [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
        const common = {
          id,
          name: field.name,
          defaultValue: state.values[field.name] ?? "",
          required: field.required,
          "aria-required": field.required,
          "aria-invalid": !!error,
          "aria-describedby": described,
          maxLength: field.maxLength,
          autoComplete: field.autoComplete,
          className: inputClass,
        };
        return (
          <div key={field.name}>
            <label htmlFor={id} className="block font-medium">
              {field.label}
              {field.required && <span className="text-stone-600"> {t.required}</span>}
            </label>
            {field.hint && (
              <p id={`${id}-hint`} className="text-sm text-stone-600">
                {field.hint}
              </p>
            )}
            {field.type === "textarea" ? <textarea rows={6} {...common} /> : <input type={field.type} {...common} />}
            {error && (
              <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
                {fill(t.errors[error.key], { limit: error.limit ?? "" })}
              </p>
            )}
          </div>
        );
      })}
      {/* The honeypot: off-screen and out of the tab order; people never fill it, form-filling software does. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={`report-${HONEYPOT_FIELD}`}>{t.honeypot}</label>
        <input
          id={`report-${HONEYPOT_FIELD}`}
          type="text"
          name={HONEYPOT_FIELD}
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <p className="text-sm text-stone-600">{t.privacy}</p>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {submit}
        </button>
      </div>
    </form>
  );
}
