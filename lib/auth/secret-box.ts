import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * TOTP secrets at rest. With a key (TOTP_SECRET_KEY), a secret is sealed with
 * AES-256-GCM under a fresh IV and stored as `gcm1$iv$ciphertext$tag`: a copy of
 * the database alone does not give the secrets away, and a changed row fails the
 * tag. Without a key it is stored as `plain$secret` (decision 038). A sealed
 * secret cannot be opened without its key: that is reported, never guessed.
 */

export class SecretKeyMissingError extends Error {
  override name = "SecretKeyMissingError";
  constructor() {
    super("A second-factor secret is encrypted, but TOTP_SECRET_KEY is not set (or is another key).");
  }
}

function keyBytes(key: string): Buffer {
  return /^[0-9a-f]{64}$/i.test(key) ? Buffer.from(key, "hex") : Buffer.from(key, "base64");
}

export function sealSecret(secret: string, key: string | undefined): string {
  if (!key) return `plain$${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyBytes(key), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["gcm1", iv, sealed, cipher.getAuthTag()]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join("$");
}

export function openSecret(stored: string, key: string | undefined): string {
  const [scheme, ...parts] = stored.split("$");
  if (scheme === "plain" && parts.length === 1) return parts[0]!;
  if (scheme !== "gcm1" || parts.length !== 3 || !key) throw new SecretKeyMissingError();
  const [iv, sealed, tag] = parts.map((p) => Buffer.from(p, "base64url"));
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyBytes(key), iv!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(sealed!), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretKeyMissingError();
  }
}
