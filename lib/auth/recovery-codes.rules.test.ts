import { describe, expect, it } from "vitest";
import { RECOVERY_CODE_COUNT, newRecoveryCodes, recoveryCodeHash } from "./totp";

// The alphabet of the codes: no 0/o, 1/l/i.
const ALPHABET_SIZE = "abcdefghjkmnpqrstuvwxyz23456789".length;

describe("recovery codes", () => {
  it("carry at least 112 bits each, so that a SHA-256 of them is as safe as a slow salted hash", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    for (const code of codes) {
      expect(code).toMatch(/^[a-hj-km-np-z2-9]{6}(-[a-hj-km-np-z2-9]{6}){3}$/);
      expect(code.replaceAll("-", "").length * Math.log2(ALPHABET_SIZE)).toBeGreaterThanOrEqual(112);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });
  it("are matched whatever the case, spaces or dashes typed", () => {
    const [code] = newRecoveryCodes();
    const typed = ` ${code!.toUpperCase().replaceAll("-", " ")} `;
    expect(recoveryCodeHash(typed)).toBe(recoveryCodeHash(code!));
  });
});
