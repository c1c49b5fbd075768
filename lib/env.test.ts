import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("applies defaults and treats empty strings as unset", () => {
    const env = parseEnv({ PORT: "", DATABASE_URL: "" });
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.LOG_LEVEL).toBe("info");
  });

  it("keeps DATABASE_URL options such as sslmode unchanged", () => {
    const url = "postgresql://u:p@db.example.org:5432/app?sslmode=require";
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it("names every bad variable in one error", () => {
    expect(() => parseEnv({ PORT: "http", ADMIN_INSECURE_COOKIE: "yes" })).toThrow(/PORT.*ADMIN_INSECURE_COOKIE/);
  });

  it("takes a redis:// URL for the shared cache and refuses anything else", () => {
    expect(parseEnv({ REDIS_URL: "redis://127.0.0.1:6379/4" }).REDIS_URL).toBe("redis://127.0.0.1:6379/4");
    expect(parseEnv({}).REDIS_KEY_PREFIX).toBe("navigator:");
    expect(() => parseEnv({ REDIS_URL: "http://127.0.0.1:6379" })).toThrow(/REDIS_URL/);
    expect(() => parseEnv({ REDIS_URL: "127.0.0.1:6379" })).toThrow(/REDIS_URL/);
  });
});
