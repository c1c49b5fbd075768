import { countText } from "@/lib/i18n/plural";
import { redirect } from "next/navigation";
import { currentStaff, pendingStaff } from "@/lib/auth/current";
import { enrolmentOffer, secondFactorStatus } from "@/lib/auth/second-factor";
import { adminLocale } from "@/lib/admin/locale";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { formatDate, getMessages } from "@/lib/i18n";
import { EnrolForm } from "./enrol-form";
import { PasskeySection } from "./passkey-section";

/**
 * Two-step verification of the signed-in staff member: its state, or the secret and QR code to set it up. A sign-in
 * that requires enrolment lands here too, before anything else of the staff area opens.
 */
export async function SecondFactorPage() {
  const staff = await currentStaff();
  const pending = staff ? null : await pendingStaff();
  const who = staff ?? (pending?.stage === "enrol" ? pending : null);
  if (!who) redirect(pending ? "/admin/sign-in/code" : "/admin/sign-in");
  const locale = await adminLocale();
  const messages = getMessages(locale);
  const t = messages.security.enrol;
  const status = await secondFactorStatus(db(), who.userId);
  const offer = status.enrolled ? null : await enrolmentOffer(db(), who, env().TOTP_SECRET_KEY);
  return (
    <section className="max-w-xl">
      <h1 className="text-2xl font-bold">{t.heading}</h1>
      {pending && (
        <p role="alert" className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t.required}
        </p>
      )}
      {/* One client component in one place whatever the state: the refresh after enrolment keeps its recovery codes. */}
      <EnrolForm
        t={t}
        unavailable={messages.admin.errors.databaseUnavailable}
        offer={offer ? { secret: offer.secret, qrCode: offer.qrCode } : null}
        enabled={
          status.enabledAt
            ? countText(locale, t.enabled, status.recoveryCodesLeft, { date: formatDate(locale, status.enabledAt) })
            : null
        }
      />
      <p className="mt-6 text-sm text-stone-600">{t.lostPhone}</p>
      {staff && (
        <PasskeySection staff={staff} locale={locale} t={messages.security.passkeys} appEnabled={status.enrolled} />
      )}
    </section>
  );
}
