import { BlockList, isIP } from "node:net";

/**
 * Pure rules for telling who a request comes from, given the socket peer and
 * the X-Forwarded-For header. No I/O, so they can be tested on their own;
 * lib/net/client-address.ts applies them to the current request.
 */

/** The header that the server script (scripts/serve.ts) stamps with `<secret> <socket address>`. */
export const PEER_HEADER = "x-navigator-peer";
/** The header carrying the id that the server script gives each request (also sent back to the client). */
export const REQUEST_ID_HEADER = "x-request-id";

/** How the operator told us which proxies stand in front: none, a fixed number of hops, or a list of addresses. */
export type TrustedProxies = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; list: BlockList };

/** Canonical text of an address: IPv4-mapped IPv6 becomes IPv4, IPv6 is lower-cased; null when it is not an address. */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let value = raw.trim();
  // "[2001:db8::1]:443" and "[2001:db8::1]"
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  // "203.0.113.7:51000"
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  // A zone id ("fe80::1%eth0") is local to the machine and says nothing about the client.
  value = value.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1]!;
  const version = isIP(value);
  if (version === 4) return value;
  if (version === 6) return value.toLowerCase();
  return null;
}

/**
 * Parses TRUSTED_PROXIES: a whole number of proxy hops ("1"), or a comma-separated list
 * of addresses and CIDR ranges ("127.0.0.1, 10.0.0.0/8, ::1"). Throws on anything else.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim();
  if (!text) return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > 10) throw new Error(`TRUSTED_PROXIES: a hop count must be 1 to 10, not ${text}`);
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  for (const part of text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [addressText, prefixText, extra] = part.split("/");
    const address = normalizeAddress(addressText);
    if (!address || extra !== undefined) throw new Error(`TRUSTED_PROXIES: "${part}" is not an address or CIDR range`);
    const type = isIP(address) === 4 ? "ipv4" : "ipv6";
    if (prefixText === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    if (!(prefix >= 0 && prefix <= (type === "ipv4" ? 32 : 128)))
      throw new Error(`TRUSTED_PROXIES: "${part}" has an invalid prefix length`);
    list.addSubnet(address, prefix, type);
  }
  return { kind: "list", list };
}

function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/** The hops of one or more X-Forwarded-For headers, left (farthest) to right (nearest). */
export function forwardedHops(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
}

/**
 * The client's address. Without trusted proxies it is the socket peer, whatever the headers say.
 * When the peer is a trusted proxy, it is the right-most hop of X-Forwarded-For that is not itself
 * trusted (a list), or the hop that the configured number of proxies vouches for (a count).
 * A hop that is not an address stops the walk: the last address vouched for is the answer.
 */
export function resolveClientAddress(
  peer: string | null,
  forwardedFor: string | null,
  trust: TrustedProxies,
): string | null {
  const socket = normalizeAddress(peer);
  if (!socket || trust.kind === "none") return socket;
  const hops = forwardedHops(forwardedFor);
  if (trust.kind === "hops") {
    // chain = [farthest ... nearest hop, socket]; each of the `hops` trusted proxies vouches for the one before it.
    let current = socket;
    for (let i = 0; i < trust.hops; i++) {
      const next = normalizeAddress(hops[hops.length - 1 - i]);
      if (!next) return current;
      current = next;
    }
    return current;
  }
  if (!isTrusted(trust.list, socket)) return socket;
  let current = socket;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) return current;
    current = hop;
    if (!isTrusted(trust.list, hop)) return hop;
  }
  return current;
}

/**
 * The key anonymous limits count against: the address for IPv4, the /64 network for IPv6
 * (one subscriber usually holds a whole /64, so counting single addresses would let them rotate).
 */
export function limitKeyOf(address: string | null): string {
  if (!address) return "unknown";
  if (isIP(address) !== 6) return address;
  const groups = expandIpv6(address);
  return `${groups.slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail ("64:ff9b::1.2.3.4") takes two groups.
  const toGroups = (parts: string[]) =>
    parts.flatMap((p) => {
      const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(p);
      if (!m) return [p];
      const [a, b, c, d] = m.slice(1).map(Number) as [number, number, number, number];
      return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    });
  const l = toGroups(left);
  const r = toGroups(right);
  const fill = tail === undefined ? [] : Array(8 - l.length - r.length).fill("0");
  return [...l, ...fill, ...r].map((g) => g.replace(/^0+(?=.)/, ""));
}
