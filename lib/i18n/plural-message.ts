/**
 * A message that takes a count: one form per plural category of the language (Intl.PluralRules). Chinese
 * needs only `other`; English has `one` and `other`. countText() (./plural.ts) picks the form and fills {count}.
 */
export type PluralMessage = { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string };

/** Marks a message as taking a count (gives the zh and en halves the same type). */
export function plural(forms: PluralMessage): PluralMessage {
  return forms;
}
