import "server-only";
import { cookies } from "next/headers";
import type { Locale } from "@/lib/i18n";

/** The staff area speaks Chinese unless the staff member switched to English (a cookie, so URLs stay the same). */
export const ADMIN_LOCALE_COOKIE = "navigator_admin_locale";

export async function adminLocale(): Promise<Locale> {
  return (await cookies()).get(ADMIN_LOCALE_COOKIE)?.value === "en" ? "en" : "zh";
}
