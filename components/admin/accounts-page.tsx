import { setAccountDisabledAction } from "@/app/(admin)/admin/actions";
import { resetSecondFactorAction } from "@/app/(admin)/admin/security/actions";
import { listStaffAccounts } from "@/lib/auth/accounts";
import { requireStaffPage } from "@/lib/auth/current";
import { adminLocale } from "@/lib/admin/locale";
import { db } from "@/lib/db/client";
import { getMessages } from "@/lib/i18n";
import { AccountForm } from "./account-form";
import { secondaryButtonClass } from "./field-error";

/** Admins only: staff accounts, disabling (which ends their sessions), and new accounts. */
export async function AccountsPage() {
  const staff = await requireStaffPage("ADMIN");
  const messages = getMessages(await adminLocale());
  const t = messages.admin;
  const s = messages.security.accounts;
  const accounts = await listStaffAccounts(db(), staff);
  return (
    <section>
      <h1 className="text-2xl font-bold">{t.accounts.heading}</h1>
      <div className="relative mt-4 overflow-x-auto">
        <table className="w-full min-w-[44rem] border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">
                {t.accounts.email}
              </th>
              <th scope="col" className="p-2">
                {t.accounts.name}
              </th>
              <th scope="col" className="p-2">
                {t.accounts.role}
              </th>
              <th scope="col" className="p-2">
                {t.accounts.state}
              </th>
              <th scope="col" className="p-2">
                {t.accounts.sessions}
              </th>
              <th scope="col" className="p-2">
                {s.secondFactor}
              </th>
              <th scope="col" className="p-2">
                <span className="sr-only">{t.accounts.disable}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} className="border-b border-stone-100" data-account={a.email}>
                <td className="p-2">{a.email}</td>
                <td className="p-2">{a.name}</td>
                <td className="p-2">{t.roles[a.role]}</td>
                <td className="p-2">{a.disabled ? t.accounts.disabled : t.accounts.active}</td>
                <td className="p-2">{a.activeSessions}</td>
                <td className="p-2">
                  {a.secondFactor ? s.on : s.off}
                  {a.secondFactor && a.id !== staff.userId && (
                    <form action={resetSecondFactorAction} className="mt-1">
                      <input type="hidden" name="userId" value={a.id} />
                      <button type="submit" className={secondaryButtonClass}>
                        {s.reset}
                      </button>
                    </form>
                  )}
                </td>
                <td className="p-2">
                  {a.id !== staff.userId && (
                    <form action={setAccountDisabledAction}>
                      <input type="hidden" name="userId" value={a.id} />
                      <input type="hidden" name="disabled" value={a.disabled ? "0" : "1"} />
                      <button type="submit" className={secondaryButtonClass}>
                        {a.disabled ? t.accounts.enable : t.accounts.disable}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="mt-8 text-xl font-semibold">{t.accounts.createHeading}</h2>
      <AccountForm t={t} />
    </section>
  );
}
