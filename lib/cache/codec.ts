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

/**
 * The value `encodeForCache` was given, from its JSON round trip. It rebuilds the tagged values in place rather
 * than copying every object: the parse that produced `value` made it for this read alone, a cached results page
 * is read on every request, and copying it doubled the garbage each read left. Decoding twice changes nothing.
 */
export function decodeFromCache<T>(value: unknown): T {
  return decode(value) as T;
}

function decode(value: unknown): unknown {
  if (!value || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decode(value[i]);
    return value;
  }
  // The tags are keys no record field uses, so a tagged object is recognised by its key alone.
  const record = value as Record<string, unknown>;
  if (DATE in record) return new Date(record[DATE] as number);
  if (BIGINT in record) return BigInt(record[BIGINT] as string);
  if (MAP in record) return new Map((record[MAP] as [unknown, unknown][]).map(([k, v]) => [decode(k), decode(v)]));
  if (SET in record) return new Set((record[SET] as unknown[]).map(decode));
  for (const key of Object.keys(record)) record[key] = decode(record[key]);
  return value;
}
