"use client";

import Link from "next/link";
import { useActionState } from "react";
import { type EnrolState, confirmEnrolmentAction } from "@/app/(admin)/admin/second-factor/actions";
import type { Messages } from "@/lib/i18n";
import { buttonClass, inputClass } from "./field-error";

const initial: EnrolState = { status: "idle" };

/**
 * The account's second factor: on (`enabled`), or the secret and QR code (`offer`) with the form that confirms
 * them; after confirming, the recovery codes, once.
 */
export function EnrolForm({
  t,
  unavailable,
  offer,
  enabled,
}: {
  t: Messages["security"]["enrol"];
  unavailable: string;
  offer: { secret: string; qrCode: string } | null;
  enabled: string | null;
}) {
  const [state, action, pending] = useActionState(confirmEnrolmentAction, initial);
  if (state.status === "enrolled")
    return (
      <div className="mt-6">
        <p role="status" className="font-medium text-green-900">
          {t.enabledNow}
        </p>
        <h2 className="mt-4 text-xl font-semibold">{t.recoveryHeading}</h2>
        <p className="mt-2 text-stone-700">{t.recoveryIntro}</p>
        <ul className="mt-3 grid gap-2 font-mono sm:grid-cols-2" data-recovery-codes>
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
  if (!offer)
    return (
      <p className="mt-4" data-second-factor="on">
        {enabled}
      </p>
    );
  const problem =
    state.status === "problem" ? t.problems[state.problem] : state.status === "unavailable" ? unavailable : null;
  return (
    <>
      <p className="mt-4 text-stone-700">{t.intro}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the server, nothing to optimise */}
      <img src={offer.qrCode} alt={t.qrAlt} width={200} height={200} className="mt-4 border border-stone-200" />
      <p className="mt-4 text-sm">
        {t.secret}:{" "}
        <code className="rounded bg-stone-100 px-2 py-1 font-mono break-all" data-totp-secret>
          {offer.secret}
        </code>
      </p>
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
    </>
  );
}
