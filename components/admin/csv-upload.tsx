"use client";

import { type ChangeEvent, type FormEvent, useState, useTransition } from "react";
import { fill } from "@/lib/i18n/fill";
import { ACTION_BODY_LIMIT_BYTES, ACTION_BODY_LIMIT_MB } from "@/lib/http/limits";
import { limitsMessages } from "@/messages/limits";
import { type AdminMessages, buttonClass, inputClass, secondaryButtonClass } from "./field-error";

/**
 * Submits an upload form without the reset React applies after a form action: staff check a file first and then
 * import the same file, so the chosen file must survive the check. Without JavaScript the form posts as usual.
 */
export function useUploadSubmit(action: (data: FormData) => void) {
  const [, startTransition] = useTransition();
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(data));
  };
}

/** The file field and the "check" / "import" buttons of a CSV upload form. */
export function CsvUploadFields({ t, id, pending }: { t: AdminMessages; id: string; pending: boolean }) {
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  // A file over the action body limit would be refused (413) after a long upload: say so before sending it.
  function checkSize(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    const locale = document.documentElement.lang.startsWith("en") ? "en" : "zh";
    const message =
      file && file.size > ACTION_BODY_LIMIT_BYTES
        ? fill(limitsMessages[locale].limits.fileTooLarge, { limit: String(ACTION_BODY_LIMIT_MB) })
        : null;
    input.setCustomValidity(message ?? "");
    setTooLarge(message);
  }
  return (
    <>
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          {t.import.file}
        </label>
        <input
          id={id}
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          className={inputClass}
          onChange={checkSize}
          aria-describedby={tooLarge ? `${id}-too-large` : undefined}
          aria-invalid={tooLarge ? true : undefined}
        />
        {tooLarge && (
          <p id={`${id}-too-large`} role="alert" className="mt-1 text-sm text-red-800">
            {tooLarge}
          </p>
        )}
      </div>
      <div className="flex gap-3">
        <button type="submit" name="mode" value="dry-run" disabled={pending} className={secondaryButtonClass}>
          {t.import.dryRun}
        </button>
        <button type="submit" name="mode" value="apply" disabled={pending} className={buttonClass}>
          {t.import.apply}
        </button>
      </div>
    </>
  );
}

/** What an upload answered when it could not run: no right to, or no database. */
export function UploadRefusal({ t, status }: { t: AdminMessages; status: string }) {
  if (status === "forbidden")
    return (
      <p role="alert" className="mt-4 text-red-800">
        {t.errors.forbidden}
      </p>
    );
  if (status === "unavailable")
    return (
      <p role="alert" className="mt-4 text-red-800">
        {t.errors.databaseUnavailable}
      </p>
    );
  return null;
}
