import Link from "next/link";
import { type Locale, localePath } from "@/lib/i18n";
import { SampleBadge } from "./sample-badge";

/** An organization's name linking to its page, with the sample badge when it is demo data. */
export function OrganizationLink({
  locale,
  organization,
}: {
  locale: Locale;
  organization: { slug: string; name: string; isSample: boolean };
}) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Link
        href={localePath(locale, `/organizations/${organization.slug}`)}
        className="font-medium text-brand-700 underline"
      >
        {organization.name}
      </Link>
      {organization.isSample && <SampleBadge locale={locale} />}
    </span>
  );
}
