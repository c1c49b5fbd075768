import { type Locale, formatNumber, getMessages, localePath } from "@/lib/i18n";
import { countText } from "@/lib/i18n/plural";
import { nameIn } from "@/lib/records/localize";
import type { loadChoices } from "@/lib/search/overview";

type Choices = Awaited<ReturnType<typeof loadChoices>>;

/** "Which needs do you want to support?": a plain GET form into the results. */
export function NeedsPicker({ locale, choices }: { locale: Locale; choices: Choices }) {
  const t = getMessages(locale).home;
  return (
    <form
      method="get"
      action={localePath(locale, "/organizations")}
      className="mt-8 rounded-xl border border-stone-200 bg-white p-5"
      aria-labelledby="picker-heading"
    >
      <h2 id="picker-heading" className="text-xl font-semibold">
        {t.pickerHeading}
      </h2>
      <fieldset className="mt-4">
        <legend className="sr-only">{t.pickerNeeds}</legend>
        <ul className="grid gap-3 sm:grid-cols-2">
          {choices.needs.map((need) => (
            <li key={need.slug}>
              <label className="flex h-full cursor-pointer gap-3 rounded-lg border border-stone-200 p-3 hover:border-brand-600 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input
                  type="checkbox"
                  name="need"
                  value={need.slug}
                  className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
                />
                <span>
                  <span className="font-medium">{nameIn(locale, need)}</span>
                  <span className="ml-2 text-sm text-stone-600" data-need-count={need.slug}>
                    {countText(locale, t.organizationsMeeting, need.organizations)}
                  </span>
                  <span className="mt-0.5 block text-sm text-stone-600">
                    {locale === "en" ? (need.summaryEn ?? need.summaryZh) : need.summaryZh}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="picker-region" className="block text-sm font-medium">
            {t.pickerRegion}
          </label>
          <select
            id="picker-region"
            name="region"
            defaultValue=""
            className="mt-1 rounded border border-stone-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{t.pickerAllRegions}</option>
            {choices.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {nameIn(locale, p)} ({formatNumber(locale, p.organizations)})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800">
          {t.pickerSubmit}
        </button>
        <a href={localePath(locale, "/organizations")} className="py-2 text-sm text-brand-700 underline">
          {t.browseAll}
        </a>
      </div>
    </form>
  );
}
