import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { DatabaseUnavailableError } from "@/lib/db/errors";

vi.mock("server-only", () => ({}));
const { routeHandler } = await import("./route-handler");
const { OUTAGE_RETRY_AFTER_SECONDS } = await import("./outage");

const request = new Request("http://localhost/organizations.csv");

describe("routeHandler", () => {
  it("passes a response through unchanged", async () => {
    const response = await routeHandler(() => new Response("ok", { status: 201 }))(request, {});
    expect(response.status).toBe(201);
  });

  it("answers 503 with Retry-After when the database is unreachable", async () => {
    const response = await routeHandler(() => {
      throw new DatabaseUnavailableError("cannot reach 127.0.0.1:5432");
    })(request, {});
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(OUTAGE_RETRY_AFTER_SECONDS));
    expect(await response.text()).not.toContain("5432");
  });

  it("answers 500 without the error's text for anything else", async () => {
    const response = await routeHandler(async () => {
      throw new Error("secret detail");
    })(request, {});
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("secret");
  });
});

describe("route handlers", () => {
  const routeFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : [],
    );

  it("every exported method goes through routeHandler", () => {
    const files = routeFiles(path.join(process.cwd(), "app"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const methods = [
        ...source.matchAll(
          /export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b[^\n]*/g,
        ),
      ];
      expect(methods.length, file).toBeGreaterThan(0);
      for (const [line] of methods) expect(line, file).toMatch(/=\s*routeHandler\b/);
    }
  });
});
