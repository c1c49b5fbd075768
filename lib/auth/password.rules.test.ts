import { scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decoyHash, hashPassword, verifyPassword } from "./password";

// A low cost keeps the test fast; the stored format carries the cost, so verification uses it too.
const cheap = { N: 2 ** 10, r: 8, p: 1 };

describe("staff password hashes", () => {
  it("accept the password they were made from and nothing else", async () => {
    const stored = await hashPassword("correct horse battery", cheap);
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("store the scheme, the cost and a fresh salt, so equal passwords give different hashes", async () => {
    const first = await hashPassword("same password", cheap);
    const second = await hashPassword("same password", cheap);
    expect(first).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
  });

  it("use the stored cost, so a raised default still verifies older hashes", async () => {
    const stored = await hashPassword("older password", { N: 2 ** 11, r: 4, p: 2 });
    expect(stored.split("$").slice(1, 4)).toEqual(["2048", "4", "2"]);
    expect(await verifyPassword("older password", stored)).toBe(true);
    // The hash is really made at the cost it names, not at a library default.
    const [, , , , salt, hash] = stored.split("$");
    const expected = scryptSync("older password", Buffer.from(salt!, "base64url"), 32, { N: 2 ** 11, r: 4, p: 2 });
    expect(hash).toBe(expected.toString("base64url"));
  });

  it("treat a full-width password as the same as its ASCII form (NFKC)", async () => {
    const stored = await hashPassword("Password１２３", cheap);
    expect(await verifyPassword("Password123", stored)).toBe(true);
  });

  it("refuse a stored value that is not a whole scrypt hash", async () => {
    const stored = await hashPassword("correct horse battery", cheap);
    const parts = stored.split("$");
    for (let i = 0; i < parts.length; i++) {
      const broken = parts.map((part, j) => (j === i ? "" : part)).join("$");
      expect(await verifyPassword("correct horse battery", broken), `part ${i} empty`).toBe(false);
    }
    expect(await verifyPassword("correct horse battery", ["bcrypt", ...parts.slice(1)].join("$"))).toBe(false);
    expect(await verifyPassword("correct horse battery", `${stored.slice(0, -4)}`)).toBe(false);
    expect(await verifyPassword("correct horse battery", "")).toBe(false);
  });

  it("verify a missing account against one decoy hash that no password matches", async () => {
    const decoy = await decoyHash();
    expect(decoy).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await decoyHash()).toBe(decoy);
    expect(await verifyPassword("", decoy)).toBe(false);
  });
});
