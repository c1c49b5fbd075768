import { fill } from "./fill";
import type { PluralMessage } from "./plural-message";

// Self-contained (no message dictionaries), so client components can use it too.
type Locale = "zh" | "en";
const tags = { zh: "zh-CN", en: "en" } as const;
const rules = { zh: new Intl.PluralRules(tags.zh), en: new Intl.PluralRules(tags.en) };
const numbers = { zh: new Intl.NumberFormat(tags.zh), en: new Intl.NumberFormat(tags.en) };

/** The message's form for `count` (Intl.PluralRules), with {count} formatted for the locale and other values filled. */
export function countText(
  locale: Locale,
  message: PluralMessage,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const form = message[rules[locale].select(count)] ?? message.other;
  return fill(form, { ...values, count: numbers[locale].format(count) });
}
