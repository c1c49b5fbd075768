import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders, servedOverHttps } from "./security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe("security headers", () => {
  it("make a fresh, unguessable nonce per request", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("allow scripts only with the request's nonce, and forbid framing, plugins and <base>", () => {
    const policy = directives(contentSecurityPolicy("abc123"));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    // Nothing anywhere allows inline scripts without the nonce, eval, or another origin.
    for (const [name, values] of policy) {
      if (name === "style-src") continue;
      expect(values, name).not.toContain("'unsafe-inline'");
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(
        values.some((v) => v.includes("*") || /^https?:/.test(v)),
        name,
      ).toBe(false);
    }
  });

  it("allow eval only for the development server", () => {
    expect(directives(contentSecurityPolicy("n", { dev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy("n")).get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("set every header, and HSTS only over HTTPS", () => {
    const plain = securityHeaders({ nonce: "n", https: false });
    expect(plain).toMatchObject({
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    expect(plain["permissions-policy"]).toContain("camera=()");
    expect(plain["content-security-policy"]).toContain("'nonce-n'");
    expect(plain["strict-transport-security"]).toBeUndefined();
    expect(securityHeaders({ nonce: "n", https: true })["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
  });

  it("tell HTTPS from the URL or the TLS-terminating proxy's header", () => {
    expect(servedOverHttps(new URL("https://example.org/"), null)).toBe(true);
    expect(servedOverHttps(new URL("http://127.0.0.1/"), "https")).toBe(true);
    expect(servedOverHttps(new URL("http://127.0.0.1/"), "https, http")).toBe(true);
    expect(servedOverHttps(new URL("http://127.0.0.1/"), "http")).toBe(false);
    expect(servedOverHttps(new URL("http://127.0.0.1/"), null)).toBe(false);
  });
});
