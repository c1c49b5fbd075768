import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Server-only modules are imported directly by tests, outside React's server runtime.
      "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // The server log (JSON lines) would bury the test report: tests assert on what is stored, not on log lines.
    env: { LOG_LEVEL: "silent" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each test file gets its own database; two workers match the machine's two cores.
    pool: "forks",
    maxWorkers: 2,
  },
});
