import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaffPage } from "@/lib/auth/current";
import { adminLocale } from "@/lib/admin/locale";
import { type RecordKind, kinds } from "@/lib/admin/kinds";
import { getRecord } from "@/lib/admin/queries";
import { db } from "@/lib/db/client";
import { getMessages } from "@/lib/i18n";

/** A plain rendering of the record's public text, so a draft can be read as donors would read it. */
export async function RecordPreviewPage({ kind, id }: { kind: RecordKind; id: number }) {
  const staff = await requireStaffPage();
  const t = getMessages(await adminLocale()).admin;
  const record = await getRecord(db(), staff, kind, id);
  if (!record) notFound();
  const spec = kinds[kind];
  const v = record.values;
  const text = (name: string) => (typeof v[name] === "string" && v[name] ? String(v[name]) : null);
  const bodyFields = spec.fields.filter((f) => f.type === "textarea" && f.name.endsWith("Zh"));
  return (
    <section>
      <p className="text-sm text-stone-600">{t.preview.heading}</p>
      {record.status === "DRAFT" && (
        <p role="status" className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          {t.preview.draftNotice}
        </p>
      )}
      <article lang="zh-CN" className="mt-4 rounded-lg border border-stone-200 bg-white p-6">
        <h1 className="text-2xl font-bold">{text(spec.titleZh)}</h1>
        {text(spec.titleEn) && (
          <p lang="en" className="text-stone-600">
            {text(spec.titleEn)}
          </p>
        )}
        {text("summaryZh") && <p className="mt-3 text-lg">{text("summaryZh")}</p>}
        {bodyFields.map(
          (f) =>
            text(f.name) && (
              <p key={f.name} className="mt-3 whitespace-pre-line leading-relaxed">
                {text(f.name)}
              </p>
            ),
        )}
      </article>
      <p className="mt-4">
        <Link href={`/admin/${kind}/${id}`} className="underline">
          {t.preview.back}
        </Link>
      </p>
    </section>
  );
}
