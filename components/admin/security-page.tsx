import Link from "next/link";
import { clearThrottleAction, setSecondFactorPolicyAction } from "@/app/(admin)/admin/security/actions";
import { requireStaffPage } from "@/lib/auth/current";
import { secondFactorPolicy } from "@/lib/auth/second-factor-policy";
import { adminLocale } from "@/lib/admin/locale";
import { db } from "@/lib/db/client";
import { type Locale, getMessages, htmlLang } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { type EventQuery, listSecurityEvents, listThrottles } from "@/lib/security/admin";
import { securityEventKinds } from "@/lib/security/events";
import { buttonClass, inputClass, secondaryButtonClass } from "./field-error";

const timeFormats = {
  zh: new Intl.DateTimeFormat(htmlLang.zh, { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Shanghai" }),
  en: new Intl.DateTimeFormat(htmlLang.en, { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Shanghai" }),
};
const time = (locale: Locale, at: Date | null) => (at ? timeFormats[locale].format(at) : "—");

function pageLink(query: EventQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.kind) params.set("kind", query.kind);
  if (query.account) params.set("account", query.account);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `/admin/security?${text}` : "/admin/security";
}

/** Admins only: the second-factor requirement, current sign-in throttles (with clearing), and security events. */
export async function SecurityPage({ query, done, refused }: { query: EventQuery; done?: string; refused?: string }) {
  const staff = await requireStaffPage("ADMIN");
  const locale = await adminLocale();
  const messages = getMessages(locale);
  const t = messages.security.page;
  const [policy, throttles, events] = await Promise.all([
    secondFactorPolicy(db()),
    listThrottles(db(), staff),
    listSecurityEvents(db(), staff, query),
  ]);
  return (
    <section>
      <h1 className="text-2xl font-bold">{t.heading}</h1>
      {done === "cleared" && (
        <p role="status" className="mt-3 text-green-900">
          {t.cleared}
        </p>
      )}
      {refused && (
        <p role="alert" className="mt-3 text-red-800">
          {refused === "unavailable" ? messages.admin.errors.databaseUnavailable : messages.admin.errors.forbidden}
        </p>
      )}

      <h2 className="mt-6 text-xl font-semibold">{t.policyHeading}</h2>
      <p className="mt-2 text-stone-700">{t.policyAdmins}</p>
      <form action={setSecondFactorPolicyAction} className="mt-2 flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="requireForAll" defaultChecked={policy.requireForAll} className="size-5" />
          {t.requireForAll}
        </label>
        <button type="submit" className={secondaryButtonClass}>
          {t.savePolicy}
        </button>
      </form>

      <h2 className="mt-8 text-xl font-semibold">{t.throttlesHeading}</h2>
      {throttles.length === 0 ? (
        <p className="mt-2 text-stone-700">{t.throttlesNone}</p>
      ) : (
        <div className="relative mt-2 overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse bg-white text-sm" data-throttles>
            <thead>
              <tr className="border-b text-left">
                <th scope="col" className="p-2">
                  {t.key}
                </th>
                <th scope="col" className="p-2">
                  {t.failures}
                </th>
                <th scope="col" className="p-2">
                  {t.since}
                </th>
                <th scope="col" className="p-2">
                  {t.blockedUntil}
                </th>
                <th scope="col" className="p-2">
                  <span className="sr-only">{t.clear}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {throttles.map((row) => (
                <tr key={row.key} className="border-b border-stone-100" data-throttle={row.key}>
                  <td className="p-2">
                    <span className="text-stone-600">{t.throttleKinds[row.kind]}:</span>{" "}
                    <code className="break-all">{row.key.slice(row.key.indexOf(":") + 1)}</code>
                  </td>
                  <td className="p-2">{row.failures}</td>
                  <td className="p-2">{time(locale, row.firstFailureAt)}</td>
                  <td className="p-2">{time(locale, row.blockedUntil)}</td>
                  <td className="p-2">
                    <form action={clearThrottleAction}>
                      <input type="hidden" name="key" value={row.key} />
                      <button type="submit" className={secondaryButtonClass}>
                        {t.clear}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 className="mt-8 text-xl font-semibold">{t.eventsHeading}</h2>
      <form method="get" action="/admin/security" className="mt-2 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="kind" className="block text-sm font-medium">
            {t.filterKind}
          </label>
          <select id="kind" name="kind" defaultValue={query.kind ?? ""} className={inputClass}>
            <option value="">{t.allKinds}</option>
            {securityEventKinds.map((kind) => (
              <option key={kind} value={kind}>
                {messages.security.kinds[kind]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="account" className="block text-sm font-medium">
            {t.filterAccount}
          </label>
          <input id="account" name="account" defaultValue={query.account ?? ""} className={inputClass} />
        </div>
        <button type="submit" className={buttonClass}>
          {t.filter}
        </button>
      </form>
      {events.rows.length === 0 ? (
        <p className="mt-3 text-stone-700">{t.none}</p>
      ) : (
        <div className="relative mt-3 overflow-x-auto">
          <table className="w-full min-w-[48rem] border-collapse bg-white text-sm" data-security-events>
            <thead>
              <tr className="border-b text-left">
                {[t.at, t.kind, t.account, t.actor, t.address, t.requestId, t.detail].map((heading) => (
                  <th key={heading} scope="col" className="p-2">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {events.rows.map((e) => (
                <tr key={e.id} className="border-b border-stone-100" data-event-kind={e.kind}>
                  <td className="p-2 whitespace-nowrap">{time(locale, e.at)}</td>
                  <td className="p-2">{(messages.security.kinds as Record<string, string>)[e.kind] ?? e.kind}</td>
                  <td className="p-2">{e.email ?? "—"}</td>
                  <td className="p-2">{e.actorEmail ?? "—"}</td>
                  <td className="p-2">{e.address ?? "—"}</td>
                  <td className="p-2 font-mono text-xs">{e.requestId ?? "—"}</td>
                  <td className="p-2 font-mono text-xs break-all">{e.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t.eventsHeading} className="mt-3 flex items-center gap-4 text-sm">
        {query.page > 1 && (
          <Link href={pageLink(query, query.page - 1)} className="underline">
            {t.previous}
          </Link>
        )}
        <span>{fill(t.pageOf, { page: query.page, pages: events.pages, total: events.total })}</span>
        {query.page < events.pages && (
          <Link href={pageLink(query, query.page + 1)} className="underline">
            {t.next}
          </Link>
        )}
      </nav>
    </section>
  );
}
