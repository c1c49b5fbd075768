import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every browser test must fail on a Content-Security-Policy violation, which
// only the shared fixture (e2e/support/test.ts) checks: no spec may take
// `test` straight from Playwright.
describe("browser tests", () => {
  it("take test and expect from e2e/support/test.ts", () => {
    const dir = path.join(process.cwd(), "e2e");
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((file) =>
      /import\s*\{[^}]*\btest\b[^}]*\}\s*from\s*["']@playwright\/test["']/.test(
        readFileSync(path.join(dir, file), "utf8"),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
