import { describe, expect, it } from "vitest";
import { cookiesMayBeInsecure, sessionCookieName } from "./session-cookie";

describe("staff cookies", () => {
  it("are Secure and __Host- prefixed in production", () => {
    expect(cookiesMayBeInsecure({ NODE_ENV: "production" })).toBe(false);
    expect(sessionCookieName({ NODE_ENV: "production" })).toBe("__Host-navigator_staff_session");
  });
  it("honour ADMIN_INSECURE_COOKIE only when the server listens on a loopback address", () => {
    for (const HOST of ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
      expect(cookiesMayBeInsecure({ NODE_ENV: "production", ADMIN_INSECURE_COOKIE: "1", HOST }), HOST).toBe(true);
    for (const HOST of [undefined, "", "0.0.0.0", "::", "192.168.1.5", "example.org", "127.0.0.1.evil"])
      expect(cookiesMayBeInsecure({ NODE_ENV: "production", ADMIN_INSECURE_COOKIE: "1", HOST }), String(HOST)).toBe(
        false,
      );
    expect(cookiesMayBeInsecure({ NODE_ENV: "production", HOST: "127.0.0.1" })).toBe(false);
    expect(sessionCookieName({ NODE_ENV: "production", ADMIN_INSECURE_COOKIE: "1", HOST: "127.0.0.1" })).toBe(
      "navigator_staff_session",
    );
  });
  it("may be plain in development and tests", () => {
    expect(cookiesMayBeInsecure({ NODE_ENV: "development" })).toBe(true);
    expect(cookiesMayBeInsecure({ NODE_ENV: "test" })).toBe(true);
  });
  it("read a loopback HOST with stray spaces from an env file as loopback", () => {
    expect(cookiesMayBeInsecure({ NODE_ENV: "production", ADMIN_INSECURE_COOKIE: "1", HOST: " 127.0.0.1\n" })).toBe(
      true,
    );
  });
});
