/** One term of a text query: a stored lexeme, matched whole or (Latin words of three letters or more) as a prefix. */
export type QueryTerm = { lexeme: string; prefix: boolean };

/**
 * The terms of free text, cut as the database's search_lexemes() stores them (see docs/decisions/004): CJK
 * text as pairs of adjacent characters (a lone character stays single), Latin words lowercased and matched as
 * prefixes. Every term must match.
 */
export function queryTerms(text: string): QueryTerm[] {
  const lowered = text.toLowerCase();
  const terms = new Map<string, QueryTerm>();
  const add = (lexeme: string, prefix: boolean) => terms.set(`${lexeme}${prefix ? ":*" : ""}`, { lexeme, prefix });
  for (const [word] of lowered.matchAll(/[a-z0-9]+/g)) add(word, word.length >= 3);
  for (const [run] of lowered.matchAll(/[\u4e00-\u9fff\u3400-\u4dbf]+/g)) {
    const chars = [...run];
    if (chars.length === 1) add(chars[0]!, false);
    for (let i = 0; i + 1 < chars.length; i++) add(`${chars[i]}${chars[i + 1]}`, false);
  }
  return [...terms.values()];
}

const termQuery = (t: QueryTerm) => `'${t.lexeme}'${t.prefix ? ":*" : ""}`;

/** The tsquery that requires every one of the terms. */
export const tsQueryOf = (terms: QueryTerm[]) => terms.map(termQuery).join(" & ");

/** The tsquery of free text (every term), or null when it has no searchable word. */
export function toTsQuery(text: string): string | null {
  const terms = queryTerms(text);
  return terms.length ? tsQueryOf(terms) : null;
}

/**
 * For a prefix term, the query of the lexemes it matches other than its own word ('reading':* & !'reading':
 * "readings", "readingroom"): a profiled word's count is its profile plus these organizations (decision 052).
 */
export function otherWordsQuery(term: QueryTerm): string | null {
  return term.prefix ? `${termQuery(term)} & !'${term.lexeme}'` : null;
}
