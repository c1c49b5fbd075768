import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { absoluteUrl, siteHost, siteOrigin, siteOriginWarning } from "./origin";

describe("the public origin", () => {
  it("is SITE_URL, without a trailing slash, whatever the request said", () => {
    const source = parseEnv({ SITE_URL: "https://navigator.example.org/" });
    expect(siteOrigin(source)).toBe("https://navigator.example.org");
    expect(absoluteUrl("/en/organizations?need=safety-protection", source)).toBe(
      "https://navigator.example.org/en/organizations?need=safety-protection",
    );
    expect(siteHost(source)).toBe("navigator.example.org");
  });

  it("falls back to localhost and the port for development", () => {
    const source = parseEnv({ PORT: "3005" });
    expect(siteOrigin(source)).toBe("http://localhost:3005");
    expect(siteHost(source)).toBeNull();
    expect(siteOriginWarning(source)).toBeNull();
  });

  it("warns loudly on a production start without it", () => {
    expect(siteOriginWarning(parseEnv({ NODE_ENV: "production" }))).toMatch(/^WARNING: SITE_URL is not set/);
    expect(siteOriginWarning(parseEnv({ NODE_ENV: "production", SITE_URL: "https://a.example" }))).toBeNull();
  });

  it.each(["navigator.example.org", "ftp://example.org", "https://example.org/path", "https://example.org/?q=1"])(
    "refuses %s",
    (value) => expect(() => parseEnv({ SITE_URL: value })).toThrow(/SITE_URL/),
  );
});
