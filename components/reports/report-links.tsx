import Link from "next/link";
import { type Locale, getMessages, localePath } from "@/lib/i18n";
import type { reportTargetKinds } from "@/lib/reports/limits";

// The links to the report and suggestion forms live apart from the form pages: a page that imports a module
// holding a client component ships that component (and zod, which its form imports) in its first-load JS.
/** The "Report a problem with this listing" block at the foot of a record's page. */
export function ReportProblemLink({
  locale,
  kind,
  slug,
}: {
  locale: Locale;
  kind: (typeof reportTargetKinds)[number];
  slug: string;
}) {
  const t = getMessages(locale).reports;
  return (
    <aside className="mt-10 border-t border-stone-200 pt-4 text-sm text-stone-700" data-report-link>
      <p>
        {t.reportLinkLead}{" "}
        <Link href={localePath(locale, `/report?kind=${kind}&slug=${slug}`)} className="text-brand-700 underline">
          {t.reportLink}
        </Link>
      </p>
    </aside>
  );
}

/** The "Suggest an organization" line on the home and results pages. */
export function SuggestOrganizationLink({ locale }: { locale: Locale }) {
  const t = getMessages(locale).reports;
  return (
    <p className="mt-8 text-sm text-stone-700" data-suggest-link>
      {t.suggestLinkLead}{" "}
      <Link href={localePath(locale, "/suggest")} className="text-brand-700 underline">
        {t.suggestLink}
      </Link>
    </p>
  );
}
