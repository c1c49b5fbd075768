import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/current";
import { adminLocale } from "@/lib/admin/locale";
import { recordKinds } from "@/lib/admin/kinds";
import { getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { db } from "@/lib/db/client";
import { reportCounts } from "@/lib/reports/moderation";
import { reviewDueCounts } from "@/lib/admin/review-queue";

export async function DashboardPage({ forbidden }: { forbidden: boolean }) {
  const staff = await requireStaffPage();
  const messages = getMessages(await adminLocale());
  const t = messages.admin;
  const r = messages.reportsAdmin;
  const [counts, due] = await Promise.all([reportCounts(db(), staff), reviewDueCounts(db(), staff)]);
  return (
    <section>
      <h1 className="text-2xl font-bold">{t.dashboard.heading}</h1>
      <p className="mt-2 text-stone-700">
        {fill(t.dashboard.signedInAs, { name: staff.name, role: t.roles[staff.role] })}
      </p>
      {forbidden && (
        <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {t.errors.forbidden}
        </p>
      )}
      <p className="mt-4 rounded border border-sky-200 bg-sky-50 p-3" data-report-counts>
        <Link href="/admin/reports" className="text-brand-700 underline">
          {fill(r.dashboard, { problems: counts.problems, suggestions: counts.suggestions })}
        </Link>
      </p>
      <p className="mt-2 rounded border border-amber-200 bg-amber-50 p-3" data-review-counts={due.total}>
        <Link href="/admin/review" className="text-brand-700 underline">
          {fill(messages.reviewAdmin.dashboard, { total: due.total, months: due.months })}
        </Link>{" "}
        <span className="text-sm text-stone-700">
          ({recordKinds.map((kind) => `${t.kinds[kind]} ${due.counts[kind]}`).join(" · ")})
        </span>
      </p>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2">
        {recordKinds.map((kind) => (
          <li key={kind} className="rounded-lg border border-stone-200 bg-white p-4">
            <Link href={`/admin/${kind}`} className="text-lg font-semibold text-brand-700 hover:underline">
              {t.kinds[kind]}
            </Link>
            <p className="mt-2 text-sm">
              <a href={`/admin/export/${kind}`} className="underline">
                {t.dashboard.exportCsv}
              </a>
            </p>
          </li>
        ))}
      </ul>
      {staff.role === "ADMIN" && (
        <p className="mt-6 text-sm">
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a file download from a route handler, not a page */}
          <a href="/admin/export/database" className="underline">
            {t.dashboard.exportJson}
          </a>
        </p>
      )}
    </section>
  );
}
