import "server-only";
import { type Locale, formatNumber, getMessages } from "@/lib/i18n";
import { getHomeData } from "@/lib/records/home";
import { getVisibleSamples } from "@/lib/search/results-extras";
import { previewCard } from "./card";
import { previewResponse } from "./preview-response";

/** The link preview of the home page: what the site is for, the size of the database, and the sample notice. */
export function homeImage(locale: Locale): Promise<Response> {
  return previewResponse(`home:${locale}`, async () => {
    const t = getMessages(locale);
    const [{ figures }, samples] = await Promise.all([getHomeData(), getVisibleSamples()]);
    const figure = (count: number, label: string) => `${formatNumber(locale, count)} ${label}`;
    return previewCard({
      site: t.meta.siteName,
      eyebrow: t.home.eyebrow,
      headline: t.home.heading,
      lines: [
        `${figure(figures.needs, t.home.figures.needs)} · ${figure(figures.modes, t.home.figures.modes)}`,
        `${figure(figures.organizations, t.home.figures.organizations)} · ${figure(figures.provinces, t.home.figures.provinces)}`,
      ],
      note: samples > 0 ? t.home.sampleNotice : undefined,
    });
  });
}
