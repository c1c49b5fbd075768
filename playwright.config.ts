import { defineConfig, devices } from "@playwright/test";

// Browser tests run against a production build served by `npm start`, on the
// database that scripts/test.ts prepared (a fresh embedded one, or a fresh
// database on the server at DATABASE_URL), in Debian's Chromium.
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    {
      name: "mobile",
      use: { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true },
      // Staff pages, the URL fuzz, headers and client-address checks do not depend on the viewport: desktop covers them.
      testIgnore: ["admin-*.spec.ts", "client-address.spec.ts", "fuzz.spec.ts", "security-headers.spec.ts"],
    },
  ],
  webServer: {
    command: "node --import tsx scripts/start.ts",
    url: `http://127.0.0.1:${port}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // Plain HTTP on a loopback address: the staff cookie cannot be Secure here.
    // The demo staff accounts are wanted on the PostgreSQL run too.
    env: { PORT: String(port), HOST: "127.0.0.1", ADMIN_INSECURE_COOKIE: "1", DEMO_ACCOUNTS: "1" },
  },
});
