import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Passwords that appear in breach corpora, from zxcvbn-ts's maintained common list
 * (about 49,000 entries, far past the top 10,000). A password is refused when it is
 * one of them (ignoring case), or one of them with digits and symbols added at the
 * end or start ("password2026!", "!!qwertyuiop") — the usual ways of "strengthening" one.
 */
let common: Set<string> | undefined;
const list = () => (common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase())));

/**
 * Words of this site and its staff (ASVS 5.0 6.1.2): its names in both languages and in pinyin, and the staff
 * roles. A password that is one of them, with only digits, symbols or spaces around or between words, is refused.
 */
const CONTEXT_WORDS = [
  "resourcenavigator",
  "navigator",
  "公益导航",
  "公益",
  "导航",
  "gongyidaohang",
  "gongyi",
  "daohang",
  "admin",
  "administrator",
  "editor",
  "staff",
  "管理员",
  "编辑",
] as const;
const contextWords = new Set<string>(CONTEXT_WORDS);

function isContextWord(lower: string): boolean {
  const core = lower.replace(/^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu, "").replace(/\s+/gu, "");
  return contextWords.has(core);
}

export function isCommonPassword(password: string): boolean {
  const lower = password.normalize("NFKC").toLowerCase();
  if (isContextWord(lower)) return true;
  if (list().has(lower)) return true;
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, "");
  if (core.length >= 4 && list().has(core)) return true;
  // One character repeated, or a run like "1234567890" / "abcdefghij", is as weak.
  if (/^(.)\1*$/.test(lower)) return true;
  return "0123456789012345678901234567890".includes(lower) || "abcdefghijklmnopqrstuvwxyz".includes(lower);
}
