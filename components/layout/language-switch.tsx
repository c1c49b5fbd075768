"use client";

import { usePathname, useSearchParams } from "next/navigation";

/**
 * The same page and filters in the other language (Chinese at /…, English at /en/…). Its accessible name is
 * its visible text ("English" / "中文"), in that language.
 */
export function LanguageSwitch({
  toEnglish,
  text,
  lang,
  className,
}: {
  toEnglish: boolean;
  text: string;
  lang: string;
  className: string;
}) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const path = toEnglish ? (pathname === "/" ? "/en" : `/en${pathname}`) : pathname.replace(/^\/en(?=\/|$)/, "") || "/";
  return (
    <a href={query ? `${path}?${query}` : path} hrefLang={lang} lang={lang} className={className}>
      {text}
    </a>
  );
}
