import { createHash, randomInt } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

/**
 * The second factor's arithmetic: RFC 6238 TOTP (SHA-1, 6 digits, 30 s, what every
 * authenticator app speaks) through otplib, the enrolment QR code through qrcode,
 * drawn here as an SVG data URL (no request leaves the server, and img-src allows
 * data:), and one-time recovery codes of which only a SHA-256 is kept.
 */

export const TOTP_PERIOD_S = 30;
/** Codes of the step before and after the current one are accepted too (clock drift, typing time). */
export const TOTP_WINDOW_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = "公益导航 Resource Navigator";

/** A new 160-bit secret, Base32 (what authenticator apps take). */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// link an authenticator app reads from the QR code. */
export function totpUri(email: string, secret: string): string {
  return generateURI({ issuer: ISSUER, label: email, secret });
}

export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** A six-digit code as typed (spaces allowed), or null when it is not one. */
export function totpCodeOf(input: string): string | null {
  const digits = input.replace(/\s/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step a code belongs to, when it is right for the secret at `now` within
 * ±TOTP_WINDOW_STEPS; null otherwise. Whether the step was used already is the
 * caller's check (a code is accepted once).
 */
export async function matchingTimeStep(secret: string, code: string, now: Date): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_WINDOW_STEPS * TOTP_PERIOD_S,
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

// No 0/o, 1/l/i: read off a sheet of paper without doubt.
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * Fresh recovery codes (xxxxxx-xxxxxx-xxxxxx-xxxxxx: 24 characters of 31, about 119 bits each), shown once.
 * At 112 bits or more a plain SHA-256 of a code is as hard to reverse as a slow salted hash (ASVS 5.0 6.5.2).
 */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 24 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
    return chars.match(/.{6}/g)!.join("-");
  });
}

/** What is stored of a recovery code: SHA-256 of it without case, spaces or dashes. */
export function recoveryCodeHash(code: string): string {
  return createHash("sha256").update(code.toLowerCase().replace(/[\s-]/g, "")).digest("hex");
}
