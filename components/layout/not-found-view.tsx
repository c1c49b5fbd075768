import Link from "next/link";
import { type Locale, getMessages, localePath } from "@/lib/i18n";

/** The not-found page inside the site layout; organizations and saved lists get their own words. */
export function NotFoundView({
  locale,
  kind = "page",
}: {
  locale: Locale;
  kind?: "page" | "organization" | "sharedList";
}) {
  const t = getMessages(locale).errors;
  const specific =
    kind === "organization" ? t.notFoundOrganization : kind === "sharedList" ? t.notFoundSharedList : null;
  return (
    <section>
      <h1 className="text-2xl font-semibold">{specific?.title ?? t.notFoundTitle}</h1>
      <p className="mt-2 text-stone-700">{specific?.body ?? t.notFoundBody}</p>
      <p className="mt-4 flex flex-wrap gap-4">
        {specific && (
          <Link href={localePath(locale, "/organizations")} className="text-brand-700 underline">
            {specific.link}
          </Link>
        )}
        <Link href={localePath(locale, "/")} className="text-brand-700 underline">
          {t.backHome}
        </Link>
      </p>
    </section>
  );
}
