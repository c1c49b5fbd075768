// A spreadsheet runs a cell that starts with = + - @ (or a tab / CR) as a formula. The writer prefixes such cells
// with an apostrophe; the reader removes exactly that apostrophe, so an export imports back unchanged. A value
// that itself starts with apostrophes before such a character gets one more, so the guard never loses data.
const guarded = /^'*[=+\-@\t\r]/;
const unguardable = /^''*[=+\-@\t\r]/;

/** The text a spreadsheet may show safely: a leading formula character is defused with an apostrophe. */
export const guardCell = (text: string) => (guarded.test(text) ? `'${text}` : text);

/** Undoes `guardCell`: the value the writer was given. */
export const unguardCell = (text: string) => (unguardable.test(text) ? text.slice(1) : text);
