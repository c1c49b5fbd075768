import { type Env, env } from "@/lib/env";
import { siteOrigin } from "@/lib/site/origin";

/**
 * Who passkeys are made for (the WebAuthn relying party): the site's one public origin. The RP ID is its host name,
 * so a passkey made on https://navigator.example.org works there and nowhere else. Without SITE_URL (development,
 * browser tests) the origin is http://localhost:PORT, which browsers accept without TLS; a loopback address such as
 * 127.0.0.1 cannot be an RP ID, so passkeys are used through "localhost" there.
 */
export type PasskeyParty = { rpID: string; rpName: string; origin: string };

export function passkeyParty(source: Env = env()): PasskeyParty {
  const origin = new URL(siteOrigin(source)).origin;
  return { rpID: new URL(origin).hostname, rpName: "公益导航 Resource Navigator", origin };
}
