import Link from "next/link";
import type { Metadata } from "next";
import { type ReactNode, Suspense } from "react";
import { type Locale, getMessages, htmlLang, localePath } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site/origin";
import { DataAsOf } from "./data-as-of";
import { LanguageSwitch } from "./language-switch";
import "@/app/globals.css";

/** The sections of the site, in the header's order. */
const navItems = ["organizations", "coverage", "needs", "modes", "policies"] as const;

const switchStyle = "rounded px-2 py-1 text-sm text-stone-700 hover:bg-stone-100";

/** The <html> document shared by the Chinese and English root layouts. */
export function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = getMessages(locale);
  const other: Locale = locale === "zh" ? "en" : "zh";
  return (
    <html lang={htmlLang[locale]}>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t.nav.skipToContent}
        </a>
        <header className="border-b border-stone-200 bg-white">
          <nav
            className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3"
            aria-label={t.nav.main}
          >
            <Link href={localePath(locale, "/")} className="text-lg font-semibold text-brand-700">
              {t.meta.siteName}
            </Link>
            <ul className="mr-auto flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {navItems.map((item) => (
                <li key={item}>
                  <Link
                    href={localePath(locale, `/${item}`)}
                    className="text-stone-700 hover:text-brand-700 hover:underline"
                  >
                    {t.nav[item]}
                  </Link>
                </li>
              ))}
            </ul>
            <Suspense
              fallback={
                <Link
                  href={localePath(other, "/")}
                  hrefLang={htmlLang[other]}
                  lang={htmlLang[other]}
                  className={switchStyle}
                >
                  {t.nav.switchLanguage}
                </Link>
              }
            >
              <LanguageSwitch
                toEnglish={other === "en"}
                text={t.nav.switchLanguage}
                lang={htmlLang[other]}
                className={switchStyle}
              />
            </Suspense>
          </nav>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-stone-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-stone-600">
            <p>{t.footer.about}</p>
            <p className="flex flex-wrap gap-x-4">
              <Suspense fallback={null}>
                <DataAsOf locale={locale} />
              </Suspense>
              <Link href={localePath(locale, "/about-data")} className="underline hover:text-brand-700">
                {t.provenance.footer.aboutData}
              </Link>
              <Link href={localePath(locale, "/data")} className="underline hover:text-brand-700">
                {t.footer.openData}
              </Link>
              <Link href="/admin" className="underline hover:text-brand-700">
                {t.footer.staff}
              </Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Root-layout metadata for a locale: site title template and description. */
export function siteMetadata(locale: Locale): Metadata {
  const t = getMessages(locale);
  return {
    // Canonical, language and Open Graph URLs are written relative; this makes them absolute on the public origin.
    metadataBase: new URL(siteOrigin()),
    title: { default: t.meta.title, template: `%s · ${t.meta.siteName}` },
    description: t.meta.description,
  };
}
