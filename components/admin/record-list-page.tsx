import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/current";
import { adminLocale } from "@/lib/admin/locale";
import { type RecordKind, kinds } from "@/lib/admin/kinds";
import { type ListParams, listParamsSchema, listRecords } from "@/lib/admin/queries";
import { db } from "@/lib/db/client";
import { getMessages, htmlLang } from "@/lib/i18n";
import { countText } from "@/lib/i18n/plural";
import { buttonClass, inputClass } from "./field-error";

export async function RecordListPage({
  kind,
  searchParams,
}: {
  kind: RecordKind;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const staff = await requireStaffPage();
  const locale = await adminLocale();
  const t = getMessages(locale).admin;
  const params = listParamsSchema.parse(
    Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const { rows, total, pages } = await listRecords(db(), staff, kind, params);
  const spec = kinds[kind];
  const date = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso))
      : t.list.never;
  const pageHref = (page: number) =>
    `/admin/${kind}?${new URLSearchParams({ ...stringParams(params), page: String(page) })}`;
  return (
    <section>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t.kinds[kind]}</h1>
        <Link href={`/admin/${kind}/new`} className={buttonClass}>
          {t.list.create}
        </Link>
      </div>
      <form
        className="mt-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
        role="search"
      >
        <div className="sm:col-span-2">
          <label htmlFor="q" className="text-sm font-medium">
            {t.list.search}
          </label>
          <input id="q" name="q" type="search" defaultValue={params.q} className={inputClass} />
        </div>
        <Select
          id="status"
          label={t.list.status}
          value={params.status}
          options={(["all", "draft", "published", "deleted"] as const).map((s) => [s, t.status[s]])}
        />
        {spec.filter && (
          <Select
            id="filter"
            label={t.list.filter}
            value={params.filter}
            options={[
              ["", t.list.any],
              ...spec.filter.options.map((o) => [o, t.enums[o as keyof typeof t.enums]] as [string, string]),
            ]}
          />
        )}
        <Select
          id="sort"
          label={t.list.sort}
          value={params.sort}
          options={[
            ["updated", t.list.sortUpdated],
            ["title", t.list.sortTitle],
            ["reviewed", t.list.sortReviewed],
          ]}
        />
        <Select
          id="dir"
          label={t.list.direction}
          value={params.dir}
          options={[
            ["desc", t.list.desc],
            ["asc", t.list.asc],
          ]}
        />
        <div className="flex items-end">
          <button type="submit" className={buttonClass}>
            {t.list.apply}
          </button>
        </div>
      </form>
      <p className="mt-4 text-sm text-stone-600" role="status">
        {countText(locale, t.list.count, total, { page: params.page, pages })}
      </p>
      {rows.length === 0 ? (
        <p className="mt-4">{t.list.empty}</p>
      ) : (
        <div className="relative mt-2 overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b border-stone-200 text-left">
                <th scope="col" className="p-2">
                  {t.list.name}
                </th>
                <th scope="col" className="p-2">
                  {t.list.status}
                </th>
                <th scope="col" className="p-2">
                  {t.list.updated}
                </th>
                <th scope="col" className="p-2">
                  {t.list.reviewed}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-stone-100" data-record-id={row.id}>
                  <td className="p-2">
                    <Link href={`/admin/${kind}/${row.id}`} className="text-brand-700 underline">
                      {locale === "en" && row.titleEn ? row.titleEn : row.titleZh}
                    </Link>
                  </td>
                  <td className="p-2">
                    {row.deleted ? t.status.deleted : t.status[row.status as "DRAFT" | "PUBLISHED"]}
                  </td>
                  <td className="p-2">{date(row.updatedAt)}</td>
                  <td className="p-2">{date(row.reviewedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t.list.pages} className="mt-4 flex gap-3 text-sm">
        {params.page > 1 && (
          <Link href={pageHref(params.page - 1)} className="underline">
            {t.list.previous}
          </Link>
        )}
        {params.page < pages && (
          <Link href={pageHref(params.page + 1)} className="underline">
            {t.list.next}
          </Link>
        )}
      </nav>
    </section>
  );
}

function stringParams(params: ListParams): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
}

function Select({
  id,
  label,
  value,
  options,
}: {
  id: string;
  label: string;
  value: string;
  options: [string, string][];
}) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value} className={inputClass}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
