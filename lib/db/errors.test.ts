import { parseEnv } from "@/lib/env";
import { describe, expect, it } from "vitest";
import { ConfigError, parseDatabaseUrl, poolSize } from "./config";
import { DataIntegrityError, describeError, isUnavailable, toIntegrityError } from "./errors";

describe("parseDatabaseUrl", () => {
  it("splits a URL into the fields the driver needs", () => {
    expect(parseDatabaseUrl("postgresql://ann:p%40ss@db.local:6543/navigator?sslmode=disable")).toMatchObject({
      host: "db.local",
      port: 6543,
      user: "ann",
      password: "p@ss",
      database: "navigator",
    });
  });

  it.each(["", "not a url", "mysql://root@localhost/x", "postgresql://localhost"])(
    "refuses %j with a clear message",
    (raw) => {
      expect(() => parseDatabaseUrl(raw)).toThrow(ConfigError);
      expect(() => parseDatabaseUrl(raw)).toThrow(/DATABASE_URL/);
    },
  );
});

describe("poolSize", () => {
  it("uses one connection for the embedded database and ten for a server", () => {
    expect(poolSize(parseEnv({ EMBEDDED_DATABASE: "1" }))).toBe(1);
    expect(poolSize(parseEnv({}))).toBe(10);
    expect(poolSize(parseEnv({ DATABASE_POOL_MAX: "4" }))).toBe(4);
    expect(() => poolSize(parseEnv({ DATABASE_POOL_MAX: "lots" }))).toThrow(/DATABASE_POOL_MAX/);
  });
});

describe("error descriptions", () => {
  it("says the database cannot be reached, in one line", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    expect(isUnavailable(refused)).toBe(true);
    const line = describeError(refused);
    expect(line).toMatch(/cannot reach the database/);
    expect(line).not.toMatch(/\n/);
  });

  it("maps PostgreSQL codes to integrity kinds", () => {
    expect(toIntegrityError({ code: "23505" })?.kind).toBe("duplicate");
    expect(toIntegrityError({ code: "P2003", message: "Foreign key constraint violated" })?.kind).toBe(
      "missing-reference",
    );
    expect(toIntegrityError({ code: "23514" })?.kind).toBe("invalid-value");
    expect(toIntegrityError(new Error("something else"))).toBeUndefined();
    expect(toIntegrityError(new DataIntegrityError("conflict", "changed meanwhile"))?.kind).toBe("conflict");
  });
});
