import { type Locale, getMessages } from "@/lib/i18n";
import type { IgnoredParam } from "@/lib/search/params";
import { fill } from "@/lib/i18n/fill";

/** Says which parts of a hand-written or outdated link were ignored, and page notices. */
export function IgnoredNotice({
  locale,
  ignored,
  notice,
}: {
  locale: Locale;
  ignored: IgnoredParam[];
  notice?: string;
}) {
  const t = getMessages(locale).search;
  const known = notice === "freeze-limited" ? t.freezeLimited : null;
  if (!ignored.length && !known) return null;
  return (
    <div role="status" className="rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
      {known && <p>{known}</p>}
      {ignored.length > 0 && (
        <>
          <p>{t.ignoredHeading}</p>
          <ul className="mt-1 list-disc pl-5">
            {ignored.map((item, i) => (
              <li key={i}>
                {fill(t.ignoredItem, {
                  label: t.ignoredParams[item.param] ?? fill(t.ignoredOther, { param: item.param }),
                  value: item.value,
                  reason: t.ignoredReasons[item.reason],
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
