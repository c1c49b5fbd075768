"use client";

import type { Locale } from "@/lib/i18n";
// Only the site-wide strings: an error boundary is in every page's bundle, so it must not pull in every dictionary.
import { commonMessages } from "@/messages/common";

/** Shown when a page cannot load its data (for example, the database is down). */
export function ErrorView({ locale, reset }: { locale: Locale; reset: () => void }) {
  const t = commonMessages[locale].errors;
  return (
    <section role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="text-xl font-semibold text-red-900">{t.databaseUnavailableTitle}</h1>
      <p className="mt-2 text-red-900">{t.databaseUnavailableBody}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-red-800 px-4 py-2 text-white hover:bg-red-900">
        {t.retry}
      </button>
    </section>
  );
}
