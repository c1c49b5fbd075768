"use client";

import { usePathname, useSearchParams } from "next/navigation";

/** The same page and filters in the other language (Chinese at /…, English at /en/…). */
export function LanguageSwitch({
  toEnglish,
  label,
  text,
  lang,
  className,
}: {
  toEnglish: boolean;
  label: string;
  text: string;
  lang: string;
  className: string;
}) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const path = toEnglish ? (pathname === "/" ? "/en" : `/en${pathname}`) : pathname.replace(/^\/en(?=\/|$)/, "") || "/";
  return (
    <a href={query ? `${path}?${query}` : path} hrefLang={lang} lang={lang} aria-label={label} className={className}>
      {text}
    </a>
  );
}
