import "./load-env";
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { OUTAGE_RETRY_AFTER_SECONDS } from "@/lib/http/outage";
import { startNextServer } from "./next-server";
import { runScript } from "./run-script";

// Pages during a database outage (run by `npm test` after the production build, on either database): the
// built app, pointed at a database nobody answers, must answer every public page family with 503 and
// Retry-After, like its route handlers, never a bare 500; pages that need no database still work.

const pages = [
  "/",
  "/needs",
  "/needs/safety",
  "/en/policies",
  "/modes",
  "/organizations",
  "/coverage",
  "/en/organizations/sample",
];

async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

runScript(async () => {
  const [appPort, deadPort] = [await closedPort(), await closedPort()];
  const origin = `http://127.0.0.1:${appPort}`;
  const app = startNextServer(
    "start",
    String(appPort),
    {
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${deadPort}/nothing`,
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      NODE_ENV: "production",
      REDIS_URL: "",
    },
    true,
  );
  try {
    const until = Date.now() + 60_000;
    for (;;) {
      const up = await fetch(`${origin}/admin/sign-in`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (Date.now() > until) throw new Error("the app did not start within 60 s");
      await new Promise((r) => setTimeout(r, 300));
    }
    for (const path of [...pages, "/organizations.csv", "/og/coverage"]) {
      const response = await fetch(`${origin}${path}`);
      assert.equal(response.status, 503, `${path} during an outage`);
      assert.equal(response.headers.get("retry-after"), String(OUTAGE_RETRY_AFTER_SECONDS), `${path} Retry-After`);
      assert.doesNotMatch(response.headers.get("cache-control") ?? "", /public/, `${path} must not be cached`);
    }
    const missing = await fetch(`${origin}/no-such-page`);
    assert.equal(missing.status, 404, "a page that needs no database is not an outage");
    console.log(`Outage test passed: ${pages.length + 2} pages and handlers answered 503 with Retry-After.`);
  } finally {
    app.kill("SIGTERM");
  }
});
