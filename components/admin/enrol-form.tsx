"use client";

import Link from "next/link";
import { useActionState } from "react";
import { type EnrolState, confirmEnrolmentAction } from "@/app/(admin)/admin/second-factor/actions";
import type { Messages } from "@/lib/i18n";
import { buttonClass, inputClass } from "./field-error";

const initial: EnrolState = { status: "idle" };

/** Confirms the secret with a code; then shows the recovery codes, once. */
export function EnrolForm({ t, unavailable }: { t: Messages["security"]["enrol"]; unavailable: string }) {
  const [state, action, pending] = useActionState(confirmEnrolmentAction, initial);
  if (state.status === "enrolled")
    return (
      <div className="mt-6">
        <p role="status" className="font-medium text-green-900">
          {t.enabledNow}
        </p>
        <h2 className="mt-4 text-xl font-semibold">{t.recoveryHeading}</h2>
        <p className="mt-2 text-stone-700">{t.recoveryIntro}</p>
        <ul className="mt-3 grid grid-cols-2 gap-2 font-mono" data-recovery-codes>
          {state.recoveryCodes.map((code) => (
            <li key={code} className="rounded bg-stone-100 px-2 py-1">
              {code}
            </li>
          ))}
        </ul>
        <Link href="/admin" className={`${buttonClass} mt-6 inline-block`}>
          {t.continue}
        </Link>
      </div>
    );
  const problem =
    state.status === "problem" ? t.problems[state.problem] : state.status === "unavailable" ? unavailable : null;
  return (
    <form action={action} className="mt-6 grid max-w-sm gap-3" noValidate>
      <div>
        <label htmlFor="code" className="block text-sm font-medium">
          {t.codeLabel}
        </label>
        <input
          id="code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          aria-invalid={!!problem}
          aria-describedby="code-error"
          className={inputClass}
        />
        {problem && (
          <p id="code-error" role="alert" className="mt-1 text-sm text-red-700">
            {problem}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t.submit}
      </button>
    </form>
  );
}
