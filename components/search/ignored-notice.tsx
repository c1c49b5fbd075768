import { type Locale, getMessages } from "@/lib/i18n";
import type { IgnoredParam } from "@/lib/search/params";

const notices = { "freeze-limited": { zh: "保存名单过于频繁，请稍后再试。", en: "Too many lists saved from here; please try again later." } } as const;

/** Says which parts of a hand-written or outdated link were ignored, and page notices. */
export function IgnoredNotice({ locale, ignored, notice }: { locale: Locale; ignored: IgnoredParam[]; notice?: string }) {
  const t = getMessages(locale).search;
  const known = notice && notice in notices ? notices[notice as keyof typeof notices][locale] : null;
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
                <code>
                  {item.param}={item.value}
                </code>{" "}
                ({t.ignoredReasons[item.reason]})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
