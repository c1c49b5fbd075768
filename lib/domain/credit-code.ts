import { z } from "zod";

/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters
 * from 0-9 and A-Z without I, O, S, V, Z. Position 18 is a check character:
 * with the 31 characters valued 0..30 in this order and weights 3^(i-1) mod 31
 * for positions 1..17, check = 31 - (weighted sum mod 31), where 31 becomes 0.
 * The database checks the same rule (uscc_is_valid() in the migration).
 */
export const CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

/** The check character for the first 17 characters, or null when one of them is not allowed. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function isValidCreditCode(code: string): boolean {
  return code.length === 18 && creditCodeCheckCharacter(code.slice(0, 17)) === code[17];
}

/** Trimmed, upper-cased, full-width characters and inner spaces removed: what staff paste from a certificate. */
export function normalizeCreditCode(input: string): string {
  return input.normalize("NFKC").replace(/[\s-]/g, "").toUpperCase();
}

/** The shared form/import rule: blank is "not entered", anything else must be a valid code. */
export const optionalCreditCode = z.preprocess(
  (v) => (typeof v === "string" ? normalizeCreditCode(v) || undefined : v),
  z
    .string()
    .length(18, "invalidCreditCode")
    .refine(isValidCreditCode, "invalidCreditCode")
    .optional()
    .transform((v) => v ?? null),
);
