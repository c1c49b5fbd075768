// @ts-check
// The Next.js server cache handler (next.config.mjs `cacheHandler`) behind the public data cache
// (lib/cache/public-data.ts, decisions 044 and 045). Next.js loads this file by path at run time, outside its
// bundle, so it is plain JavaScript; lib/env.ts validates REDIS_URL and REDIS_KEY_PREFIX when the server starts.
//
// - With REDIS_URL: entries and tag invalidation times live in Redis, shared by every instance. A read fetches
//   the entry and the invalidation times of its tags in one round trip, so an edit made through any instance
//   is seen by the next read on every instance.
// - Without it: both live in this process (a bounded map, least recently used first out).
// When Redis cannot be reached a read is a miss (the page is computed from the database), a write is dropped
// and an invalidation is logged: the site stays up, only slower; entries written before the outage still go
// stale after their revalidate time (decision 045).
// Only data entries (kind FETCH: unstable_cache) are kept. Pages are rendered per request (CSP nonce), and the
// few static routes are served from the build.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "redis";

/**
 * Without Redis, entries are kept in this process up to this many bytes (their JSON size), least recently used
 * out first. An entry is a few KB to a few hundred KB, and the server's heap is capped (APP_HEAP_MB, 192 MB by
 * default): a bound by count alone let hundreds of distinct results pages fill the heap.
 */
const MEMORY_BYTES = 24 * 1024 * 1024;
/** Redis forgets an entry this long after it was written, so unpopular queries do not accumulate. */
const REDIS_ENTRY_TTL_SECONDS = 3600;
/** Redis forgets a tag's invalidation time after this; longer than any entry lives. */
const REDIS_TAG_TTL_SECONDS = 2 * REDIS_ENTRY_TTL_SECONDS;
/** A Redis command that takes longer is treated as a miss, so a stalled Redis cannot stall the pages. */
const REDIS_TIMEOUT_MS = 500;

/** @typedef {{ value: unknown; lastModified: number; tags: string[] }} Entry */
/** @typedef {{ tags?: string[]; softTags?: string[] }} GetContext */

/** Whether any of the tags was invalidated after the entry was written (and the invalidation is due). */
function expiredBy(/** @type {(number | null)[]} */ times, /** @type {number} */ lastModified) {
  const now = Date.now();
  return times.some((at) => at !== null && at > lastModified && at <= now);
}

class MemoryStore {
  /** @type {Map<string, Entry & { bytes: number }>} */ entries = new Map();
  /** @type {Map<string, number>} */ tagTimes = new Map();
  bytes = 0;

  constructor(/** @type {number} */ limit = MEMORY_BYTES) {
    this.limit = limit;
  }

  async get(/** @type {string} */ key, /** @type {string[]} */ tags) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { entry, times: [...tags, ...entry.tags].map((tag) => this.tagTimes.get(tag) ?? null) };
  }

  async set(/** @type {string} */ key, /** @type {Entry} */ entry) {
    this.remove(key);
    // Strings count twice: V8 keeps most of them as two bytes per character.
    const bytes = 2 * (JSON.stringify(entry.value)?.length ?? 0);
    if (bytes > this.limit) return;
    this.entries.set(key, { ...entry, bytes });
    this.bytes += bytes;
    while (this.bytes > this.limit) this.remove(/** @type {string} */ (this.entries.keys().next().value));
  }

  remove(/** @type {string} */ key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  async invalidate(/** @type {string[]} */ tags, /** @type {number} */ at) {
    for (const tag of tags) this.tagTimes.set(tag, at);
  }
}

class RedisStore {
  /** @type {import("redis").RedisClientType | null} */ redis = null;

  constructor(/** @type {string} */ url, /** @type {string} */ prefix) {
    this.url = url;
    this.prefix = prefix;
  }

  /** The client, connecting (and later reconnecting) in the background; commands fail fast until it is ready. */
  client() {
    if (this.redis) return this.redis;
    const client = /** @type {import("redis").RedisClientType} */ (
      createClient({
        url: this.url,
        socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
        disableOfflineQueue: true,
      })
    );
    // Logged once per kind of failure, not once per retry; commands meanwhile count as misses.
    let lastError = "";
    client.on("error", (/** @type {Error} */ error) => {
      if (error.message !== lastError) console.error(`cache: Redis unavailable (${error.message})`);
      lastError = error.message;
    });
    client.on("ready", () => (lastError = ""));
    client.connect().catch(() => {});
    this.redis = client;
    return client;
  }

  /** @template T @param {(client: import("redis").RedisClientType) => Promise<T>} run */
  async command(run) {
    const client = this.client();
    if (!client.isReady) throw new Error("Redis not connected");
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error("Redis timed out")), REDIS_TIMEOUT_MS);
    });
    try {
      return /** @type {T} */ (await Promise.race([run(client), timeout]));
    } finally {
      clearTimeout(timer);
    }
  }

  tagsKey() {
    return `${this.prefix}tags`;
  }

  async get(/** @type {string} */ key, /** @type {string[]} */ tags) {
    const [raw, times] = await this.command((client) =>
      client
        .multi()
        .get(`${this.prefix}entry:${key}`)
        .hmGet(this.tagsKey(), tags.length ? tags : ["-"])
        .exec(),
    );
    if (typeof raw !== "string") return null;
    /** @type {Entry} */
    const entry = JSON.parse(raw);
    const extra = entry.tags.filter((tag) => !tags.includes(tag));
    const extraTimes = extra.length ? await this.command((client) => client.hmGet(this.tagsKey(), extra)) : [];
    return {
      entry,
      times: [.../** @type {(string | null)[]} */ (times), ...extraTimes].map((t) => (t === null ? null : Number(t))),
    };
  }

  async set(/** @type {string} */ key, /** @type {Entry} */ entry) {
    await this.command((client) =>
      client.set(`${this.prefix}entry:${key}`, JSON.stringify(entry), { EX: REDIS_ENTRY_TTL_SECONDS }),
    );
  }

  async invalidate(/** @type {string[]} */ tags, /** @type {number} */ at) {
    await this.command((client) =>
      client
        .multi()
        .hSet(this.tagsKey(), Object.fromEntries(tags.map((tag) => [tag, String(at)])))
        .expire(this.tagsKey(), REDIS_TAG_TTL_SECONDS)
        .exec(),
    );
  }
}

const redisUrl = process.env.REDIS_URL?.trim();
/** One store per process: Next.js may construct the handler more than once. */
const store = redisUrl
  ? new RedisStore(redisUrl, process.env.REDIS_KEY_PREFIX?.trim() || "navigator:")
  : new MemoryStore();

/** Build ids by server output folder, read once: Next.js constructs a handler for every request. */
/** @type {Map<string, string>} */
const buildIds = new Map();

/** The id of the build whose server output is `serverDistDir`; "dev" when there is none (development). */
function buildIdOf(/** @type {string | undefined} */ serverDistDir) {
  if (!serverDistDir) return "dev";
  let id = buildIds.get(serverDistDir);
  if (id === undefined) {
    try {
      id = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    } catch {
      id = "dev";
    }
    buildIds.set(serverDistDir, id);
  }
  return id;
}

export default class PublicDataCacheHandler {
  /**
   * Entries are kept per build: a new release may shape its data differently, and during a rolling upgrade old
   * and new instances share Redis. Invalidations (tags) are shared by every build.
   * @param {{ serverDistDir?: string }} [options]
   */
  constructor(options) {
    this.build = buildIdOf(options?.serverDistDir);
  }

  /** @param {string} key @param {GetContext & { kind?: string }} [ctx] */
  async get(key, ctx) {
    if (ctx?.kind !== "FETCH") return null;
    const tags = [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
    try {
      const found = await store.get(`${this.build}:${key}`, tags);
      if (!found || expiredBy(found.times, found.entry.lastModified)) return null;
      return { value: found.entry.value, lastModified: found.entry.lastModified };
    } catch {
      return null;
    }
  }

  /** @param {string} key @param {any} data @param {{ tags?: string[] }} [ctx] */
  async set(key, data, ctx) {
    if (data?.kind !== "FETCH") return;
    const tags = ctx?.tags ?? data.tags ?? [];
    try {
      await store.set(`${this.build}:${key}`, { value: data, lastModified: Date.now(), tags });
    } catch {
      // Dropped: the next read computes it again.
    }
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (!list.length) return;
    try {
      await store.invalidate(list, Date.now() + (durations?.expire ?? 0) * 1000);
    } catch (error) {
      // The write has committed; failing the staff action now would only invite a retry. Logged instead.
      console.error(`cache: invalidation of ${list.join(", ")} not recorded (${/** @type {Error} */ (error).message})`);
    }
  }

  resetRequestCache() {}
}
