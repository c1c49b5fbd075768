/**
 * One area's strings in both languages, side by side. The English half must
 * have exactly the Chinese half's shape, so a missing translation fails the type-check.
 */
export function defineMessages<T>(messages: { zh: T; en: NoInfer<T> }): { zh: T; en: T } {
  return messages;
}
