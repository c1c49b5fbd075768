import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { type Env, env } from "@/lib/env";

/**
 * TOTP secrets at rest. With a key (TOTP_SECRET_KEY), a secret is sealed with
 * AES-256-GCM under a fresh IV and stored as `gcm1$iv$ciphertext$tag`: a copy of
 * the database alone does not give the secrets away, and a changed row fails the
 * tag. Without a key it is stored as `plain$secret` (decision 038). A sealed
 * secret cannot be opened without its key: that is reported, never guessed.
 * Rotation: the old key goes to TOTP_SECRET_KEY_PREVIOUS, secrets sealed under it
 * are still opened, and `npm run auth:rotate-totp-key` seals them all anew.
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

/** Opens a stored secret with the current key or, failing that, one of the previous keys (TOTP_SECRET_KEY_PREVIOUS). */
export function openSecret(
  stored: string,
  key: string | undefined,
  previous: readonly string[] = env().TOTP_SECRET_KEY_PREVIOUS,
): string {
  const [scheme, ...parts] = stored.split("$");
  if (scheme === "plain" && parts.length === 1) return parts[0]!;
  if (scheme !== "gcm1" || parts.length !== 3) throw new SecretKeyMissingError();
  const [iv, sealed, tag] = parts.map((p) => Buffer.from(p, "base64url"));
  for (const candidate of [key, ...previous]) {
    if (!candidate) continue;
    try {
      const decipher = createDecipheriv("aes-256-gcm", keyBytes(candidate), iv!);
      decipher.setAuthTag(tag!);
      return Buffer.concat([decipher.update(sealed!), decipher.final()]).toString("utf8");
    } catch {
      // the tag does not match under this key: try the next one
    }
  }
  throw new SecretKeyMissingError();
}

/** The loud warning a production start prints while TOTP_SECRET_KEY is unset, or null when all is well. */
export function totpKeyWarning(source: Env = env()): string | null {
  if (source.NODE_ENV !== "production" || source.TOTP_SECRET_KEY) return null;
  return [
    "WARNING: TOTP_SECRET_KEY is not set.",
    "Staff second-factor secrets are stored unencrypted: anyone with a copy of the database can make their codes.",
    "Set TOTP_SECRET_KEY to 32 random bytes (openssl rand -base64 32), then run npm run auth:rotate-totp-key.",
    "警告：未设置 TOTP_SECRET_KEY，员工两步验证密钥以明文保存。请设置该密钥并运行 npm run auth:rotate-totp-key。",
  ].join("\n");
}
