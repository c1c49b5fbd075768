import type { Metadata } from "next";
import { type Locale, getMessages, localePath } from "@/lib/i18n";
import { getVisibleSamples } from "@/lib/search/results-extras";
import { previewMetadata } from "@/lib/share/preview-metadata";

/** The home page's link preview; its text carries the sample notice while sample records are counted. */
export async function homePreview(locale: Locale): Promise<Metadata> {
  const t = getMessages(locale);
  const samples = await getVisibleSamples();
  const description = samples > 0 ? `${t.meta.description} ${t.home.sampleNotice}` : t.meta.description;
  return previewMetadata({ title: t.meta.title, description, image: localePath(locale, "/og/home") });
}
