import Link from "next/link";
import { countText } from "@/lib/i18n/plural";
import { notFound } from "next/navigation";
import { requireStaffPage } from "@/lib/auth/current";
import { adminLocale } from "@/lib/admin/locale";
import { type RecordKind, kinds } from "@/lib/admin/kinds";
import { getRecord } from "@/lib/admin/queries";
import { db } from "@/lib/db/client";
import { getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { StateButton } from "./record-edit-page";

/** Confirms a (soft) delete, warning when other records link to this one. */
export async function RecordDeletePage({ kind, id }: { kind: RecordKind; id: number }) {
  const staff = await requireStaffPage();
  const locale = await adminLocale();
  const t = getMessages(locale).admin;
  const record = await getRecord(db(), staff, kind, id);
  if (!record) notFound();
  return (
    <section>
      <h1 className="text-2xl font-bold">{fill(t.actions.deleteHeading, { kind: t.kinds[kind] })}</h1>
      <p className="mt-2 text-lg">{String(record.values[kinds[kind].titleZh])}</p>
      {record.incomingLinks > 0 && (
        <p role="alert" className="mt-3 rounded border border-amber-400 bg-amber-50 p-3">
          {countText(locale, t.actions.deleteWarning, record.incomingLinks)}
        </p>
      )}
      <p className="mt-3">{t.actions.deleteNote}</p>
      <div className="mt-4 flex gap-3">
        <StateButton kind={kind} id={id} version={record.version} operation="delete" label={t.actions.confirmDelete} />
        <Link href={`/admin/${kind}/${id}`} className="px-3 py-1.5 underline">
          {t.actions.cancel}
        </Link>
      </div>
    </section>
  );
}
