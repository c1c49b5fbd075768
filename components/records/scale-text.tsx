import { type Locale, getMessages } from "@/lib/i18n";
import { countText } from "@/lib/i18n/plural";

/** "9 个站点 · 服务 100 名儿童": the scale of one programme, leaving out what is not recorded. */
export function ScaleText({
  locale,
  scale,
}: {
  locale: Locale;
  scale: { sites: number | null; childrenServed: number | null };
}) {
  const t = getMessages(locale).records.mode;
  const parts = [
    scale.sites !== null ? countText(locale, t.sites, scale.sites) : null,
    scale.childrenServed !== null ? countText(locale, t.children, scale.childrenServed) : null,
  ].filter(Boolean);
  return <>{parts.join(" · ")}</>;
}
