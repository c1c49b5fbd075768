"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/(admin)/admin/actions";
import type { SimpleFormState } from "@/lib/admin/form-state";
import { fill } from "@/lib/i18n/fill";
import { type AdminMessages, FieldErrorText, buttonClass, inputClass } from "./field-error";

const initial: SimpleFormState = { status: "idle", fieldErrors: {} };

export function SignInForm({ t }: { t: AdminMessages }) {
  const [state, action, pending] = useActionState(signInAction, initial);
  const refusal =
    state.status === "refused"
      ? state.message
        ? fill(t.signIn.throttled, { seconds: state.message })
        : t.signIn.wrongCredentials
      : state.status === "unavailable"
        ? t.errors.databaseUnavailable
        : null;
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      {refusal && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {refusal}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {t.signIn.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values?.email ?? ""}
          aria-invalid={!!state.fieldErrors.email}
          aria-describedby="email-error"
          className={inputClass}
        />
        <FieldErrorText id="email-error" error={state.fieldErrors.email} t={t} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {t.signIn.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={!!state.fieldErrors.password}
          aria-describedby="password-error"
          className={inputClass}
        />
        <FieldErrorText id="password-error" error={state.fieldErrors.password} t={t} />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t.signIn.submit}
      </button>
    </form>
  );
}
