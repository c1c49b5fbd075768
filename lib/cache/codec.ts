// The public data cache stores values as JSON (Next.js's unstable_cache stringifies them), which would turn a
// Date into a string and a Map, a Set or a bigint into nothing. These two functions carry them through: each
// becomes a one-key object whose key no record field uses, and comes back as what it was.

const DATE = "\u0000date";
const MAP = "\u0000map";
const SET = "\u0000set";
const BIGINT = "\u0000bigint";

/** A JSON-safe copy of `value` in which Dates, Maps, Sets and bigints are tagged. */
export function encodeForCache(value: unknown): unknown {
  if (value instanceof Date) return { [DATE]: value.getTime() };
  if (typeof value === "bigint") return { [BIGINT]: value.toString() };
  if (value instanceof Map) return { [MAP]: [...value].map(([k, v]) => [encodeForCache(k), encodeForCache(v)]) };
  if (value instanceof Set) return { [SET]: [...value].map(encodeForCache) };
  if (Array.isArray(value)) return value.map(encodeForCache);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeForCache(v)]));
  return value;
}

/** The value `encodeForCache` was given, from its JSON round trip. */
export function decodeFromCache<T>(value: unknown): T {
  return decode(value) as T;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (!value || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1) {
    const tagged = record[keys[0]!];
    if (keys[0] === DATE) return new Date(tagged as number);
    if (keys[0] === BIGINT) return BigInt(tagged as string);
    if (keys[0] === MAP) return new Map((tagged as [unknown, unknown][]).map(([k, v]) => [decode(k), decode(v)]));
    if (keys[0] === SET) return new Set((tagged as unknown[]).map(decode));
  }
  return Object.fromEntries(keys.map((k) => [k, decode(record[k])]));
}
