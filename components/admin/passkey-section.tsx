import { removePasskeyAction } from "@/app/(admin)/admin/second-factor/passkey-actions";
import { listPasskeys } from "@/lib/auth/passkey";
import type { StaffSession } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { type Locale, type Messages, formatDate } from "@/lib/i18n";
import { secondaryButtonClass } from "./field-error";
import { PasskeyRegisterForm } from "./passkey-register-form";

/** The signed-in member's passkeys (name, added, last used, remove) and the form that adds one. */
export async function PasskeySection({
  staff,
  locale,
  t,
  appEnabled,
}: {
  staff: StaffSession;
  locale: Locale;
  t: Messages["security"]["passkeys"];
  appEnabled: boolean;
}) {
  const passkeys = await listPasskeys(db(), staff);
  return (
    <section className="mt-10" aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading" className="text-xl font-semibold">
        {t.heading}
      </h2>
      <p className="mt-2 text-stone-700">{t.intro}</p>
      {passkeys.length === 0 ? (
        <p className="mt-3 text-sm text-stone-600">{t.none}</p>
      ) : (
        <table className="mt-3 w-full text-sm" data-passkeys>
          <thead>
            <tr className="text-left text-stone-600">
              <th className="py-1 font-medium">{t.name}</th>
              <th className="py-1 font-medium">{t.added}</th>
              <th className="py-1 font-medium">{t.lastUsed}</th>
              <th className="py-1">
                <span className="sr-only">{t.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {passkeys.map((passkey) => (
              <tr key={passkey.id} className="border-t border-stone-200">
                <td className="py-2">{passkey.name}</td>
                <td className="py-2">{formatDate(locale, passkey.createdAt)}</td>
                <td className="py-2">{passkey.lastUsedAt ? formatDate(locale, passkey.lastUsedAt) : t.never}</td>
                <td className="py-2 text-right">
                  <form action={removePasskeyAction}>
                    <input type="hidden" name="id" value={passkey.id} />
                    <button type="submit" className={secondaryButtonClass} aria-label={`${t.remove} ${passkey.name}`}>
                      {t.remove}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {appEnabled ? <PasskeyRegisterForm t={t} /> : <p className="mt-3 text-sm text-stone-600">{t.needsApp}</p>}
    </section>
  );
}
