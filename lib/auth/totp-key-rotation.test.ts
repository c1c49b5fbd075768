import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { SecretKeyMissingError, openSecret, sealSecret } from "./secret-box";
import { resealTotpSecrets } from "./totp-key-rotation";

const database = setupTestDatabase();
const OLD = Buffer.alloc(32, 3).toString("base64");
const NEW = "ef".repeat(32);
const LOST = Buffer.alloc(32, 9).toString("base64");

async function account(email: string, totpSecret: string | null, totpPendingSecret: string | null = null) {
  await database.prisma.staffUser.create({
    data: { email, name: email, role: "EDITOR", passwordHash: "scrypt$unused", totpSecret, totpPendingSecret },
  });
}
const stored = (email: string) =>
  database.prisma.staffUser.findUniqueOrThrow({
    where: { email },
    select: { totpSecret: true, totpPendingSecret: true },
  });

describe("rotating the key of second-factor secrets", () => {
  it("seals every secret under the new key, reading old and unencrypted ones, and reports what no key opens", async () => {
    await account("old@rotate.test", sealSecret("SECRETOLD", OLD), sealSecret("PENDINGOLD", OLD));
    await account("plain@rotate.test", sealSecret("SECRETPLAIN", undefined));
    await account("lost@rotate.test", sealSecret("SECRETLOST", LOST));

    const report = await resealTotpSecrets(database.prisma, NEW, [OLD]);
    expect(report).toEqual({ resealed: 2, unreadable: ["lost@rotate.test"] });

    const old = await stored("old@rotate.test");
    expect(openSecret(old.totpSecret!, NEW, [])).toBe("SECRETOLD");
    expect(openSecret(old.totpPendingSecret!, NEW, [])).toBe("PENDINGOLD");
    expect(() => openSecret(old.totpSecret!, OLD, [])).toThrow(SecretKeyMissingError);
    const plain = await stored("plain@rotate.test");
    expect(plain.totpSecret).toMatch(/^gcm1\$/);
    expect(openSecret(plain.totpSecret!, NEW, [])).toBe("SECRETPLAIN");
    expect(openSecret((await stored("lost@rotate.test")).totpSecret!, LOST, [])).toBe("SECRETLOST");

    // A second run finds everything under the new key already and changes nothing it cannot read.
    expect(await resealTotpSecrets(database.prisma, NEW, [])).toEqual({
      resealed: 2,
      unreadable: ["lost@rotate.test"],
    });
  });
});
