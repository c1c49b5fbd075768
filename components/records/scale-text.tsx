import { type Locale, formatNumber, getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";

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
    scale.sites !== null ? fill(t.sites, { count: formatNumber(locale, scale.sites) }) : null,
    scale.childrenServed !== null ? fill(t.children, { count: formatNumber(locale, scale.childrenServed) }) : null,
  ].filter(Boolean);
  return <>{parts.join(" · ")}</>;
}
