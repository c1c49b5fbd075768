import Link from "next/link";
import type { ReactNode } from "react";
import { setAdminLocaleAction, signOutAction } from "@/app/(admin)/admin/actions";
import { currentStaff } from "@/lib/auth/current";
import { recordKinds } from "@/lib/admin/kinds";
import { type Locale, getMessages, htmlLang } from "@/lib/i18n";
import "@/app/globals.css";

/** The staff area's <html>: its own navigation, language switch (a cookie) and sign-out. */
export async function AdminDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = getMessages(locale).admin;
  const staff = await currentStaff();
  return (
    <html lang={htmlLang[locale]}>
      <body className="flex min-h-screen flex-col bg-stone-50 font-sans text-stone-900">
        <header className="border-b border-stone-200 bg-white">
          <nav
            aria-label={t.title}
            className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm"
          >
            <Link href="/admin" className="font-semibold text-brand-700">
              {t.title}
            </Link>
            {staff &&
              recordKinds.map((kind) => (
                <Link key={kind} href={`/admin/${kind}`} className="hover:underline">
                  {t.kinds[kind]}
                </Link>
              ))}
            {staff && (
              <Link href="/admin/import" className="hover:underline">
                {t.nav.import}
              </Link>
            )}
            {staff && (
              <Link href="/admin/figures" className="hover:underline">
                {t.nav.figures}
              </Link>
            )}
            {staff && (
              <Link href="/admin/reports" className="hover:underline">
                {getMessages(locale).reportsAdmin.nav}
              </Link>
            )}
            {staff && (
              <Link href="/admin/review" className="hover:underline">
                {getMessages(locale).reviewAdmin.heading}
              </Link>
            )}
            {staff?.role === "ADMIN" && (
              <Link href="/admin/accounts" className="hover:underline">
                {t.nav.accounts}
              </Link>
            )}
            {staff?.role === "ADMIN" && (
              <Link href="/admin/security" className="hover:underline">
                {getMessages(locale).security.nav}
              </Link>
            )}
            <span className="ml-auto flex flex-wrap items-center gap-3">
              <form action={setAdminLocaleAction}>
                <input type="hidden" name="locale" value={locale === "zh" ? "en" : "zh"} />
                <button
                  type="submit"
                  aria-label={t.switchLanguageLabel}
                  lang={locale === "zh" ? "en" : "zh-CN"}
                  className="rounded px-2 py-1 hover:bg-stone-100"
                >
                  {t.switchLanguage}
                </button>
              </form>
              {staff && (
                <Link href="/admin/second-factor" className="hover:underline">
                  {getMessages(locale).security.secondFactorNav}
                </Link>
              )}
              {staff && (
                <Link href="/admin/password" className="hover:underline">
                  {t.nav.password}
                </Link>
              )}
              {staff && (
                <form action={signOutAction}>
                  <button type="submit" className="rounded px-2 py-1 hover:bg-stone-100">
                    {t.nav.signOut}
                  </button>
                </form>
              )}
            </span>
          </nav>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
