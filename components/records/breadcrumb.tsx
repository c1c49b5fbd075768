import Link from "next/link";
import { type Locale, getMessages, localePath } from "@/lib/i18n";

/** Home › section › this record. */
export function Breadcrumb({ locale, trail }: { locale: Locale; trail: { href?: string; label: string }[] }) {
  const t = getMessages(locale);
  const items = [{ href: "/", label: t.nav.home }, ...trail];
  return (
    <nav aria-label={t.records.breadcrumbLabel} className="mb-4 text-sm text-stone-600">
      <ol className="flex flex-wrap gap-1">
        {items.map((item, index) => (
          <li key={index} className="flex gap-1">
            {index > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <Link href={localePath(locale, item.href)} className="text-brand-700 underline">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
