"use client";

import { browserSupportsWebAuthn, startRegistration } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import {
  passkeyRegistrationOptionsAction,
  registerPasskeyAction,
} from "@/app/(admin)/admin/second-factor/passkey-actions";
import type { Messages } from "@/lib/i18n";
import { buttonClass, inputClass } from "./field-error";

type Outcome = keyof Messages["security"]["passkeys"]["problems"] | "done" | "unavailable" | null;

/** Names and makes a new passkey: the server's challenge, the browser's prompt, then the server's check. */
export function PasskeyRegisterForm({ t }: { t: Messages["security"]["passkeys"] }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, startTransition] = useTransition();

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "").trim();
    if (!name) return setOutcome("invalidName");
    if (!browserSupportsWebAuthn()) return setOutcome("unsupported");
    startTransition(async () => {
      const offer = await passkeyRegistrationOptionsAction();
      if (offer.status !== "ready") return setOutcome(offer.status === "none" ? "expired" : "unavailable");
      let response;
      try {
        response = await startRegistration({ optionsJSON: offer.options });
      } catch {
        return setOutcome("cancelled");
      }
      const result = await registerPasskeyAction(name, response);
      setOutcome(result.status === "problem" ? result.problem : result.status === "done" ? "done" : "unavailable");
      if (result.status === "done") {
        form.reset();
        router.refresh();
      }
    });
  }

  const message =
    outcome === "done" ? t.done : outcome === "unavailable" ? t.unavailableNow : outcome ? t.problems[outcome] : null;
  return (
    <form onSubmit={add} className="mt-4 grid max-w-sm gap-3" noValidate>
      <div>
        <label htmlFor="passkey-name" className="block text-sm font-medium">
          {t.nameLabel}
        </label>
        <input id="passkey-name" name="name" maxLength={60} required className={inputClass} />
      </div>
      {message && (
        <p role={outcome === "done" ? "status" : "alert"} className="text-sm">
          {message}
        </p>
      )}
      <button type="submit" disabled={pending} className={buttonClass}>
        {t.add}
      </button>
    </form>
  );
}
