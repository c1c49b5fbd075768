"use client";

import { useState } from "react";
// Only this area's strings: an error boundary is in every staff page's bundle.
import { limitsMessages } from "@/messages/limits";

/**
 * The staff area's error boundary: a page that failed (most often because the
 * database is briefly unavailable) says so in the staff member's language and
 * offers a retry, instead of the bare framework error screen.
 */
export default function StaffError({ reset }: { error: Error; reset: () => void }) {
  // Error boundaries render in the browser, where the document says which language the staff member reads.
  const [locale] = useState<"zh" | "en">(() =>
    typeof document !== "undefined" && document.documentElement.lang.startsWith("en") ? "en" : "zh",
  );
  const t = limitsMessages[locale].limits;
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="text-2xl font-semibold">{t.staffErrorTitle}</h1>
      <p className="mt-2 text-stone-700">{t.staffErrorBody}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 font-medium text-white">
        {t.retry}
      </button>
    </div>
  );
}
