import type { Metadata } from "next";
import { type Locale, getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { getVisibleSamples } from "@/lib/search/results-extras";

/** The home page's title: it counts the organizations, so it says when sample records are among them. */
export async function homeMetadata(locale: Locale): Promise<Metadata> {
  const t = getMessages(locale);
  const samples = await getVisibleSamples();
  return { title: { absolute: samples ? fill(t.home.titleWithSamples, { title: t.meta.title }) : t.meta.title } };
}
