"use client";

import { startAuthentication } from "@simplewebauthn/browser";
import { useState, useTransition } from "react";
import type { CodeState } from "@/app/(admin)/admin/second-factor/actions";
import { passkeySignInAction, passkeySignInOptionsAction } from "@/app/(admin)/admin/second-factor/passkey-actions";
import type { Messages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { secondaryButtonClass } from "./field-error";

type Outcome = CodeState | { status: "cancelled" };

/** The code step's other way: sign the server's challenge with one of the account's passkeys. */
export function PasskeySignInButton({ t, unavailable }: { t: Messages["security"]["code"]; unavailable: string }) {
  const [outcome, setOutcome] = useState<Outcome>({ status: "idle" });
  const [pending, startTransition] = useTransition();

  function signIn() {
    startTransition(async () => {
      const offer = await passkeySignInOptionsAction();
      if (offer.status !== "ready") return setOutcome({ status: offer.status === "none" ? "wrong" : "unavailable" });
      let response;
      try {
        response = await startAuthentication({ optionsJSON: offer.options });
      } catch {
        return setOutcome({ status: "cancelled" });
      }
      // On success the action redirects to the staff area.
      setOutcome(await passkeySignInAction(response));
    });
  }

  const refusal =
    outcome.status === "wrong"
      ? t.wrong
      : outcome.status === "throttled"
        ? fill(t.throttled, { seconds: outcome.seconds })
        : outcome.status === "unavailable"
          ? unavailable
          : outcome.status === "cancelled"
            ? t.passkeyCancelled
            : null;
  return (
    <div className="mt-6 border-t border-stone-200 pt-4">
      <p className="text-sm text-stone-600">{t.or}</p>
      {refusal && (
        <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {refusal}
        </p>
      )}
      <button type="button" onClick={signIn} disabled={pending} className={`${secondaryButtonClass} mt-2`}>
        {t.usePasskey}
      </button>
    </div>
  );
}
