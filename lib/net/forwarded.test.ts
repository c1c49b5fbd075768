import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { limitKeyOf, normalizeAddress, parseTrustedProxies, resolveClientAddress } from "./forwarded";

const none = parseTrustedProxies(undefined);
const list = (text: string) => parseTrustedProxies(text);

describe("normalizeAddress", () => {
  it("keeps IPv4, lower-cases IPv6, unwraps IPv4-mapped IPv6, brackets, ports and zones", () => {
    expect(normalizeAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeAddress(" 203.0.113.7:51000 ")).toBe("203.0.113.7");
    expect(normalizeAddress("::FFFF:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
  });
  it("refuses what is not an address", () => {
    for (const bad of [
      "",
      "unknown",
      "evil.example",
      "1.2.3",
      "999.1.1.1",
      "1.2.3.4, 5.6.7.8",
      "<script>",
      undefined,
      null,
    ])
      expect(normalizeAddress(bad)).toBeNull();
  });
});

describe("without TRUSTED_PROXIES", () => {
  it("takes the socket address and ignores every forwarded header (spoofing has no effect)", () => {
    for (const spoof of ["198.51.100.1", "1.1.1.1, 2.2.2.2", "garbage", ""])
      expect(resolveClientAddress("203.0.113.7", spoof, none)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
  });
  it("says nothing when there is no socket address", () => {
    expect(resolveClientAddress(null, "198.51.100.1", none)).toBeNull();
  });
});

describe("a list of trusted proxies", () => {
  const trust = list("127.0.0.1, 10.0.0.0/8, ::1, fd00::/8");
  it("ignores X-Forwarded-For from a peer that is not trusted", () => {
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", trust)).toBe("203.0.113.7");
  });
  it("takes the right-most hop that is not trusted: a client's own prefix cannot win", () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; nginx appended the real address.
    expect(resolveClientAddress("127.0.0.1", "1.1.1.1, 203.0.113.7", trust)).toBe("203.0.113.7");
    expect(resolveClientAddress("127.0.0.1", "1.1.1.1, 203.0.113.7, 10.1.2.3", trust)).toBe("203.0.113.7");
    expect(resolveClientAddress("::1", "2001:db8::5", trust)).toBe("2001:db8::5");
    expect(resolveClientAddress("fd12::3", "::ffff:203.0.113.9", trust)).toBe("203.0.113.9");
  });
  it("falls back to the last vouched-for address when the header is missing, all trusted, or garbage", () => {
    expect(resolveClientAddress("127.0.0.1", null, trust)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "10.0.0.2, 10.0.0.3", trust)).toBe("10.0.0.2");
    expect(resolveClientAddress("127.0.0.1", "203.0.113.7, not-an-ip", trust)).toBe("127.0.0.1");
  });
  it("matches CIDR ranges exactly at their edges", () => {
    const narrow = list("192.0.2.0/25");
    expect(resolveClientAddress("192.0.2.127", "203.0.113.7", narrow)).toBe("203.0.113.7");
    expect(resolveClientAddress("192.0.2.128", "203.0.113.7", narrow)).toBe("192.0.2.128");
  });
});

describe("a hop count", () => {
  it("believes as many right-most hops as there are proxies, and no more", () => {
    expect(resolveClientAddress("127.0.0.1", "1.1.1.1, 203.0.113.7", parseTrustedProxies("1"))).toBe("203.0.113.7");
    expect(resolveClientAddress("127.0.0.1", "1.1.1.1, 203.0.113.7, 10.0.0.9", parseTrustedProxies("2"))).toBe(
      "203.0.113.7",
    );
    expect(resolveClientAddress("127.0.0.1", null, parseTrustedProxies("1"))).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "garbage", parseTrustedProxies("1"))).toBe("127.0.0.1");
  });
});

describe("TRUSTED_PROXIES", () => {
  it("refuses what it cannot read, at start", () => {
    for (const bad of ["0", "11", "10.0.0.0/33", "::/129", "proxy.local", "10.0.0.1/8/1", "1.2.3.4/x"])
      expect(() => parseTrustedProxies(bad)).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseEnv({ TRUSTED_PROXIES: "nonsense" })).toThrow(/TRUSTED_PROXIES/);
    expect(parseEnv({ TRUSTED_PROXIES: "127.0.0.1,::1" }).TRUSTED_PROXIES).toBe("127.0.0.1,::1");
  });
});

describe("limitKeyOf", () => {
  it("counts IPv4 addresses singly and IPv6 by /64 network", () => {
    expect(limitKeyOf("203.0.113.7")).toBe("203.0.113.7");
    expect(limitKeyOf("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(limitKeyOf("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(limitKeyOf("::1")).toBe("0:0:0:0::/64");
    expect(limitKeyOf(null)).toBe("unknown");
  });
});
