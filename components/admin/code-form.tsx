"use client";

import { useActionState } from "react";
import { type CodeState, secondFactorSignInAction } from "@/app/(admin)/admin/second-factor/actions";
import type { Messages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { buttonClass, inputClass } from "./field-error";

const initial: CodeState = { status: "idle" };

export function CodeForm({ t, unavailable }: { t: Messages["security"]["code"]; unavailable: string }) {
  const [state, action, pending] = useActionState(secondFactorSignInAction, initial);
  const refusal =
    state.status === "wrong"
      ? t.wrong
      : state.status === "throttled"
        ? fill(t.throttled, { seconds: state.seconds })
        : state.status === "unavailable"
          ? unavailable
          : null;
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      {refusal && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {refusal}
        </p>
      )}
      <div>
        <label htmlFor="code" className="block text-sm font-medium">
          {t.label}
        </label>
        <input
          id="code"
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={40}
          required
          className={inputClass}
        />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t.submit}
      </button>
    </form>
  );
}
