import { redirect } from "next/navigation";
import { currentStaff, pendingStaff } from "@/lib/auth/current";
import { enrolmentOffer, secondFactorStatus } from "@/lib/auth/second-factor";
import { adminLocale } from "@/lib/admin/locale";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { formatDate, getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { EnrolForm } from "./enrol-form";

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
      {status.enrolled && status.enabledAt ? (
        <p className="mt-4" data-second-factor="on">
          {fill(t.enabled, { date: formatDate(locale, status.enabledAt), count: status.recoveryCodesLeft })}
        </p>
      ) : (
        offer && (
          <>
            <p className="mt-4 text-stone-700">{t.intro}</p>
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the server, nothing to optimise */}
            <img src={offer.qrCode} alt={t.qrAlt} width={200} height={200} className="mt-4 border border-stone-200" />
            <p className="mt-4 text-sm">
              {t.secret}:{" "}
              <code className="break-all rounded bg-stone-100 px-2 py-1 font-mono" data-totp-secret>
                {offer.secret}
              </code>
            </p>
            <EnrolForm t={t} unavailable={messages.admin.errors.databaseUnavailable} />
          </>
        )
      )}
      <p className="mt-6 text-sm text-stone-600">{t.lostPhone}</p>
    </section>
  );
}
