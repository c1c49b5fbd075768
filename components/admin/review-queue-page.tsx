import { countText } from "@/lib/i18n/plural";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/current";
import { adminLocale } from "@/lib/admin/locale";
import { recordKinds } from "@/lib/admin/kinds";
import { reviewQueue, reviewQueueParams } from "@/lib/admin/review-queue";
import { db } from "@/lib/db/client";
import { type Locale, getMessages, htmlLang } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { buttonClass } from "./field-error";
import { ReviewForm } from "./review-form";

const day = (locale: Locale, date: Date) =>
  new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: "medium", timeZone: "Asia/Shanghai" }).format(date);

/** /admin/review: published records due for review, oldest review first, each with its "mark reviewed" form. */
export async function ReviewQueuePage({ searchParams }: { searchParams: Record<string, string | undefined> }) {
  const staff = await requireStaffPage();
  const locale = await adminLocale();
  const messages = getMessages(locale);
  const t = messages.reviewAdmin;
  const methods = messages.provenance.verification.methods;
  const params = reviewQueueParams.parse(searchParams);
  const queue = await reviewQueue(db(), staff, params);
  const query = new URLSearchParams();
  if (params.months) query.set("months", String(params.months));
  if (params.kind) query.set("kind", params.kind);
  const back = `/admin/review${query.size ? `?${query}` : ""}`;
  return (
    <section>
      <h1 className="text-2xl font-bold">{t.heading}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{fill(t.lead, { months: queue.months })}</p>
      {searchParams.done === "review" && (
        <p role="status" className="mt-3 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t.done}
        </p>
      )}
      {searchParams.refused && (
        <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {t.refused}
        </p>
      )}
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <label className="text-sm">
          {t.months}
          <input
            name="months"
            type="number"
            min={1}
            max={120}
            defaultValue={queue.months}
            className="ml-2 w-20 rounded border border-stone-300 bg-white px-2 py-1"
          />
        </label>
        <label className="text-sm">
          {t.kind}
          <select
            name="kind"
            defaultValue={params.kind ?? ""}
            className="ml-2 rounded border border-stone-300 bg-white px-2 py-1"
          >
            <option value="">{t.allKinds}</option>
            {recordKinds.map((kind) => (
              <option key={kind} value={kind}>
                {messages.admin.kinds[kind]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass}>
          {t.apply}
        </button>
      </form>
      <p className="mt-4 font-medium" data-review-total={queue.total}>
        {fill(t.total, { total: queue.total, ...queue.counts })}
      </p>
      {queue.records.length < (params.kind ? queue.counts[params.kind] : queue.total) && (
        <p className="text-sm text-stone-600">{countText(locale, t.shown, queue.records.length)}</p>
      )}
      {queue.records.length ? (
        <table className="mt-3 w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th className="p-2">{t.columns.kind}</th>
              <th className="p-2">{t.columns.title}</th>
              <th className="p-2">{t.columns.lastReviewed}</th>
              <th className="p-2">{t.columns.action}</th>
            </tr>
          </thead>
          <tbody>
            {queue.records.map((record) => (
              <tr
                key={`${record.kind}-${record.id}`}
                className="border-b border-stone-100 align-top"
                data-due={`${record.kind}-${record.id}`}
              >
                <td className="p-2">{messages.admin.kinds[record.kind]}</td>
                <td className="p-2">
                  <Link href={`/admin/${record.kind}/${record.id}`} className="text-brand-700 underline">
                    {record.titleZh}
                  </Link>
                </td>
                <td className="p-2">
                  {record.reviewedAt
                    ? fill(t.lastReviewed, {
                        date: day(locale, record.reviewedAt),
                        method: record.reviewMethod ? methods[record.reviewMethod] : "—",
                        who: record.reviewerName ?? "—",
                      })
                    : t.never}
                </td>
                <td className="p-2">
                  <ReviewForm
                    kind={record.kind}
                    id={record.id}
                    version={record.version}
                    back={back}
                    t={t}
                    methods={methods}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-3 text-stone-700">{t.empty}</p>
      )}
    </section>
  );
}
