import { z } from "zod";
import { parseTrustedProxies } from "@/lib/net/forwarded";

// Every environment variable the app and its scripts read, validated in one place.
// Read them through `env()`; a new variable is added to this schema (and to the README table and .env.example).

const flag = z.enum(["0", "1"]).optional();
const port = z.coerce.number().int().min(0).max(65_535);

/** An http(s) origin with nothing after it: "https://navigator.example.org" (a trailing slash is dropped). */
const origin = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === "https:" || url.protocol === "http:") &&
        url.pathname === "/" &&
        !url.search &&
        !url.hash &&
        !url.username &&
        /^https?:\/\/[^/]+\/?$/.test(value)
      );
    } catch {
      return false;
    }
  }, "must be an http(s) origin such as https://navigator.example.org, with no path")
  .transform((value) => new URL(value).origin);

/** A key of the TOTP secret box: 32 bytes as base64 or as 64 hex digits. */
const isSecretKey = (value: string) => /^[0-9a-f]{64}$/i.test(value) || Buffer.from(value, "base64").length === 32;
const secretKeyFormat = "must be 32 bytes as base64 (openssl rand -base64 32) or 64 hex digits";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL server; unset means the embedded PGlite database. Passed through unchanged (sslmode and other options survive). */
  DATABASE_URL: z.string().trim().min(1).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).optional(),
  /** Set by `npm start` for the server it launches: 1 when the database is the embedded one (one session, pool of 1). */
  EMBEDDED_DATABASE: flag,
  SEED_DEMO_DATA: flag,
  DEMO_ACCOUNTS: flag,
  EMBEDDED_DB_DIR: z.string().trim().min(1).optional(),
  EMBEDDED_DB_PORT: port.default(0),
  PORT: port.default(3000),
  /** Address the web app listens on (unset: every address). 127.0.0.1 keeps it to this machine, behind a proxy. */
  HOST: z.string().trim().min(1).optional(),
  /** The public origin of the site, the base of every absolute link (canonical, hreflang, Open Graph, CSV exports). */
  SITE_URL: origin.optional(),
  APP_HEAP_MB: z.coerce.number().int().min(64).max(16_384).default(384),
  ADMIN_EMAIL: z.string().trim().min(1).optional(),
  ADMIN_PASSWORD: z.string().min(1).optional(),
  ADMIN_NAME: z.string().trim().min(1).optional(),
  /** 1 drops the Secure flag of staff cookies; honoured only for plain HTTP on a loopback address. */
  ADMIN_INSECURE_COOKIE: flag,
  /**
   * Proxies in front of the app whose X-Forwarded-For is believed: a hop count ("1") or a comma-separated
   * list of addresses and CIDR ranges ("127.0.0.1,10.0.0.0/8"). Unset: the socket address is the client.
   */
  TRUSTED_PROXIES: z
    .string()
    .trim()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  /**
   * Key that encrypts staff TOTP secrets at rest (AES-256-GCM): 32 random bytes as base64 or 64 hex digits
   * (`openssl rand -base64 32`). Unset: secrets are stored as they are (decision 038).
   */
  TOTP_SECRET_KEY: z
    .string()
    .trim()
    .optional()
    .refine((value) => value === undefined || isSecretKey(value), secretKeyFormat),
  /**
   * Keys that sealed TOTP secrets before TOTP_SECRET_KEY, comma-separated: secrets sealed under them are still
   * read until `npm run auth:rotate-totp-key` has sealed every one under the current key (decision 038).
   */
  TOTP_SECRET_KEY_PREVIOUS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((key) => key.trim())
        .filter(Boolean),
    )
    .refine((keys) => keys.every(isSecretKey), `each key ${secretKeyFormat}`),
  /** Set by scripts/serve.ts for its own process (a fresh random value each start); not an operator setting. */
  PEER_HEADER_SECRET: z.string().min(32).optional(),
  /** A published record is due for review when its last review is older than this many months (staff queue). */
  REVIEW_DUE_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /**
   * Redis shared by every instance for the public data cache (lib/cache/handler.mjs reads it there, outside
   * the bundle), e.g. redis://127.0.0.1:6379/0. Unset: each instance caches in its own memory.
   */
  REDIS_URL: z
    .string()
    .trim()
    .refine((value) => {
      try {
        return ["redis:", "rediss:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, "must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379/0")
    .optional(),
  /** Prefix of every key the app writes in Redis, so that several sites can share one server. */
  REDIS_KEY_PREFIX: z.string().trim().min(1).max(100).default("navigator:"),
  /** Minimum level of the JSON-lines server log. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  // Test and benchmark tooling (never read by the app itself).
  CHROMIUM_PATH: z.string().trim().min(1).optional(),
  E2E_PORT: port.default(3100),
  E2E_DB_PORT: port.default(54400),
  /** The database of the app under browser test, for tests that plant or read rows (set by scripts/test.ts). */
  E2E_DATABASE_URL: z.string().trim().min(1).optional(),
  /** How many hostile URLs the browser-test fuzz (e2e/fuzz.spec.ts) sends. */
  FUZZ_URLS: z.coerce.number().int().min(1).max(100_000).default(2400),
  /** A migrated, seeded PGlite dump written once per test run, copied by each integration test file. */
  EMBEDDED_TEST_TEMPLATE: z.string().trim().min(1).optional(),
  BENCH_DATABASE_URL: z.string().trim().min(1).default("postgresql://postgres@127.0.0.1:5432/navigator_bench"),
  BENCH_ORGANIZATIONS: z.coerce.number().int().min(100).max(5_000_000).default(100_000),
  BENCH_ROUNDS: z.coerce.number().int().min(1).max(1_000).default(8),
  BENCH_REBUILD: flag,
  BENCH_PAGES: flag,
  BENCH_PORT: port.default(3900),
  BENCH_REPORT: z.string().trim().min(1).default("docs/bench/latest.json"),
  /** 1 prints a script's full error with its stack. */
  DEBUG: flag,
});

export type Env = z.infer<typeof schema>;

/** Parses a plain record of variables; throws one readable error naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty string means "unset", as in most shells' `VAR= command`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  return result.data;
}

/** The validated environment of this process (parsing is cheap, and tests may change process.env). */
export function env(): Env {
  return parseEnv(process.env);
}
