import { SuggestOrganizationLink } from "@/components/reports/report-links";
import { type Locale, getMessages } from "@/lib/i18n";
import { getHomeData } from "@/lib/records/home";
import { HeadlineFiguresList } from "./headline-figures";
import { NeedsPicker } from "./needs-picker";

export async function HomePage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).home;
  const { figures, choices } = await getHomeData();
  return (
    <>
      <section>
        <p className="text-sm font-medium text-brand-700">{t.eyebrow}</p>
        <h1 className="mt-2 text-3xl font-bold leading-tight sm:text-4xl">{t.heading}</h1>
        <p className="mt-4 max-w-3xl text-base leading-relaxed text-stone-700">{t.lead}</p>
      </section>
      <NeedsPicker locale={locale} choices={choices} />
      <HeadlineFiguresList locale={locale} figures={figures} />
      <aside className="mt-8 space-y-1 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
        <p>{t.sampleNotice}</p>
        <p>{t.sourceNote}</p>
      </aside>
      <SuggestOrganizationLink locale={locale} />
    </>
  );
}
