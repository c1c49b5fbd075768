/**
 * Turns free text into a tsquery over the lexemes that the database's
 * search_lexemes() stores (see docs/decisions/004): CJK text as pairs of
 * adjacent characters (a lone character stays single), Latin words lowercased
 * and matched as prefixes. Every term must match.
 */
export function toTsQuery(text: string): string | null {
  const lowered = text.toLowerCase();
  const terms = new Set<string>();
  for (const [word] of lowered.matchAll(/[a-z0-9]+/g)) terms.add(word.length >= 3 ? `'${word}':*` : `'${word}'`);
  for (const [run] of lowered.matchAll(/[\u4e00-\u9fff\u3400-\u4dbf]+/g)) {
    const chars = [...run];
    if (chars.length === 1) terms.add(`'${chars[0]}'`);
    for (let i = 0; i + 1 < chars.length; i++) terms.add(`'${chars[i]}${chars[i + 1]}'`);
  }
  return terms.size ? [...terms].join(" & ") : null;
}
