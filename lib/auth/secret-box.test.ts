import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { SecretKeyMissingError, openSecret, sealSecret, totpKeyWarning } from "./secret-box";

const key = Buffer.alloc(32, 1).toString("base64");
const other = "ab".repeat(32);

describe("second-factor secrets at rest", () => {
  it("are sealed with the key (a fresh IV each time) and opened only with it", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", key);
    expect(sealed).toMatch(/^gcm1\$/);
    expect(sealed).not.toContain("JBSWY3DP");
    expect(sealSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", key)).not.toBe(sealed);
    expect(openSecret(sealed, key)).toBe("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    expect(() => openSecret(sealed, other)).toThrow(SecretKeyMissingError);
    expect(() => openSecret(sealed, undefined)).toThrow(SecretKeyMissingError);
    const [scheme, iv, body, tag] = sealed.split("$");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0]! ^= 1;
    expect(() => openSecret([scheme, iv, flipped.toString("base64url"), tag].join("$"), key)).toThrow(
      SecretKeyMissingError,
    );
  });

  it("are stored as they are without a key, and the key's format is checked at start", () => {
    expect(sealSecret("ABC", undefined)).toBe("plain$ABC");
    expect(openSecret("plain$ABC", key)).toBe("ABC");
    expect(() => openSecret("garbage", key)).toThrow(SecretKeyMissingError);
    expect(parseEnv({ TOTP_SECRET_KEY: other }).TOTP_SECRET_KEY).toBe(other);
    expect(() => parseEnv({ TOTP_SECRET_KEY: "too-short" })).toThrow(/TOTP_SECRET_KEY/);
  });

  it("are still opened with a previous key after a rotation, and only with a key that sealed them", () => {
    const third = "cd".repeat(32);
    const sealedBefore = sealSecret("OLDSECRET", other);
    expect(openSecret(sealedBefore, key, [third, other])).toBe("OLDSECRET");
    expect(() => openSecret(sealedBefore, key, [third])).toThrow(SecretKeyMissingError);
    expect(() => openSecret(sealedBefore, key, [])).toThrow(SecretKeyMissingError);
    expect(parseEnv({ TOTP_SECRET_KEY_PREVIOUS: `${other}, ${key}` }).TOTP_SECRET_KEY_PREVIOUS).toEqual([other, key]);
    expect(parseEnv({}).TOTP_SECRET_KEY_PREVIOUS).toEqual([]);
    expect(() => parseEnv({ TOTP_SECRET_KEY_PREVIOUS: `${other},short` })).toThrow(/TOTP_SECRET_KEY_PREVIOUS/);
  });

  it("warn loudly at a production start without a key", () => {
    expect(totpKeyWarning(parseEnv({ NODE_ENV: "production" }))).toMatch(
      /TOTP_SECRET_KEY is not set[\s\S]*unencrypted/,
    );
    expect(totpKeyWarning(parseEnv({ NODE_ENV: "production", TOTP_SECRET_KEY: key }))).toBeNull();
    expect(totpKeyWarning(parseEnv({ NODE_ENV: "development" }))).toBeNull();
  });
});
