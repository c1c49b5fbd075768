import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function run(script: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, ...env, DEBUG: "" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

describe("scripts given a bad database", () => {
  it.each([
    ["scripts/db-migrate.ts", "a malformed DATABASE_URL", "not-a-url", /DATABASE_URL must look like/],
    ["scripts/db-seed.ts", "a malformed DATABASE_URL", "mysql://x@y/z", /DATABASE_URL must look like/],
    ["scripts/db-migrate.ts", "a database that is down", "postgresql://postgres@127.0.0.1:1/nothing", /cannot reach/],
    ["scripts/db-seed.ts", "a database that is down", "postgresql://postgres@127.0.0.1:1/nothing", /cannot reach/],
    // npm start loads the staff write path (first accounts): it must load outside Next.js's server.
    ["scripts/start.ts", "a database that is down", "postgresql://postgres@127.0.0.1:1/nothing", /cannot reach/],
  ])("%s with %s prints one line of error and exits non-zero", (script, _case, url, message) => {
    const { status, stderr } = run(script, { DATABASE_URL: url });
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
