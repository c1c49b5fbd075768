/**
 * Where a staff form may send the browser back to: a path inside the staff area, or the overview.
 * Anything else (another site, a protocol-relative `//host`, backslashes that browsers read as slashes,
 * control characters) would make the form an open redirect.
 */
export function adminReturnPath(back: FormDataEntryValue | null): string {
  const value = typeof back === "string" ? back : "";
  const insideAdmin = /^\/admin(?:[/?#]|$)/.test(value);
  const unsafe = /[\\\u0000-\u001f\u007f]|\/\//.test(value);
  return insideAdmin && !unsafe ? value : "/admin";
}
