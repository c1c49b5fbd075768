import { z } from "zod";

// The identifiers every part of the app shares, defined once: record slugs and GB/T 2260 region codes.

/** A record's URL name: lowercase words of letters and digits joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

/** A slug as typed or linked: trimmed and lowercased before it is checked. */
export const slugSchema = z.string().trim().toLowerCase().max(SLUG_MAX_LENGTH).regex(SLUG_PATTERN);

/** A GB/T 2260 administrative division code: six digits (province 110000, city 110100, county 110101). */
export const REGION_CODE_PATTERN = /^\d{6}$/;
export const regionCodeSchema = z.string().trim().regex(REGION_CODE_PATTERN);

/**
 * The 34 provincial-level divisions by their two-digit prefix, in the order of the bits of `province_mask`.
 * The database's province_bit() holds the same list (a test ties the two).
 */
// prettier-ignore
export const PROVINCE_PREFIXES = [
  "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42",
  "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
] as const;

/** The position of a region's province in province_mask, or -1 for a code of no province. */
export const provinceBit = (code: string) => (PROVINCE_PREFIXES as readonly string[]).indexOf(code.slice(0, 2));
