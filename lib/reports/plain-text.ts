/**
 * What a member of the public typed, as plain text: no HTML tags or comments, no control characters (NUL
 * included, which PostgreSQL cannot store), no bidirectional overrides that could disguise the text for staff,
 * line breaks as \n, Unicode NFC, trimmed. Everything else is kept as typed; pages show it as text, never markup.
 */
export function plainText(value: string): string {
  return (
    value
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      // Controls except tab and line feed (C0, DEL, C1).
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "")
      // Bidirectional embeddings, overrides, isolates and marks.
      .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, "")
      .replace(/<!--[\s\S]*?(-->|$)/g, "")
      .replace(/<\/?[A-Za-z][^<>]*>?/g, "")
      .trim()
  );
}
