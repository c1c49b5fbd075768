import "./load-env";
import { resealTotpSecrets } from "@/lib/auth/totp-key-rotation";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/schema-engine";
import { openDatabaseTarget } from "@/lib/db/target";
import { env } from "@/lib/env";
import { runScript } from "./run-script";

// `npm run auth:rotate-totp-key`: seals every staff second-factor secret under TOTP_SECRET_KEY, opening those
// sealed under an older key with TOTP_SECRET_KEY_PREVIOUS (and sealing unencrypted ones). Run it after setting a
// new key, with the old one in TOTP_SECRET_KEY_PREVIOUS; then the old key can be removed (decision 038).
runScript(async () => {
  const { TOTP_SECRET_KEY: key, TOTP_SECRET_KEY_PREVIOUS: previous } = env();
  if (!key) throw new Error("TOTP_SECRET_KEY is not set: set the new key first (openssl rand -base64 32).");
  const target = await openDatabaseTarget();
  await applyMigrations(target.url);
  const prisma = createPrismaClient(target.url, 1);
  try {
    const { resealed, unreadable } = await resealTotpSecrets(prisma, key, previous);
    console.log(
      `Sealed the second-factor secrets of ${resealed} account(s) under the current key on ${target.description}.`,
    );
    if (unreadable.length)
      throw new Error(
        `no given key opens the secrets of ${unreadable.join(", ")}: add the key that sealed them to ` +
          "TOTP_SECRET_KEY_PREVIOUS and run again, or reset their second factor on /admin/security.",
      );
  } finally {
    await prisma.$disconnect();
    await target.close();
  }
});
