import type { Metadata } from "next";
import { type Locale, htmlLang, localePath } from "@/lib/i18n";

/** The route props of a record's detail page. */
export type SlugRouteProps = { params: Promise<{ slug: string }> };

/** Title, description and the links between the Chinese and English versions of a page. */
export function recordMetadata(locale: Locale, path: string, title: string, description: string): Metadata {
  return {
    title,
    description,
    alternates: {
      canonical: localePath(locale, path),
      languages: { [htmlLang.zh]: localePath("zh", path), [htmlLang.en]: localePath("en", path) },
    },
  };
}
