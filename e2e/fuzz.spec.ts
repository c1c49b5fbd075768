import { env } from "@/lib/env";
import { expect, test } from "./support/test";

// A seeded, bounded fuzz of hostile URLs over every route family, in both
// languages: malformed percent-encoding in dynamic segments, NUL bytes and
// control characters in parameters, huge and repeated parameters. No answer
// may be a server error: a bad URL is the client's mistake (400/404), a busy
// limit is 429, a database outage 503.

const SEED = 20261129;
const COUNT = env().FUZZ_URLS;
const PARALLEL = 6;

/** mulberry32: a small, fast, seeded generator, so every run sends the same URLs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

/** Already percent-encoded (or deliberately malformed) pieces of a URL. */
const hostile = [
  "%C3%28",
  "%E4%B8",
  "%E4%B8%AD%E6",
  "%",
  "%%",
  "%zz",
  "%4",
  "%C0%AF",
  "%C0%80",
  "%ED%A0%80",
  "%ED%BF%BF",
  "%F4%90%80%80",
  "%FF%FE",
  "%EF%BB%BF",
  "%00",
  "a%00b",
  "%01%02%03",
  "%0A%0D",
  "%1B%5B31m",
  "%7F",
  "%E2%80%AE",
  "%F0%9F%98%80",
  "%F0%9F%91%A8%E2%80%8D%F0%9F%91%A9",
  "%EF%BF%BD",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e%2f",
  "%5C..%5C",
  "'%20OR%201%3D1--",
  "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "%24%7Bjndi%3Aldap%7D",
  "%E5%AE%89%E5%85%A8",
  "safety-protection",
  "SAFETY-PROTECTION",
  "-",
  "a--b",
  "510000",
  "999999",
  "0",
  "-1",
  "1e309",
  "NaN",
  "Infinity",
  "9007199254740993",
  "__proto__",
  "constructor",
  "%5B%5D",
  "+",
  "%20",
  "",
];

const huge = (unit: string, times: number) => unit.repeat(times);
const hugeValues = () => [
  huge("a", 5000),
  huge("%E4%B8%AD", 700),
  huge("%00", 1000),
  huge("need=x&", 300),
  huge("%C3%28", 500),
];

/** The HSDS API's list parameters: the standard's and ours. */
const HSDS_PARAMS = [
  "page",
  "per_page",
  "search",
  "taxonomy_term_id",
  "taxonomy_id",
  "organization_id",
  "modified_after",
  "need",
  "region",
  "format",
  "full",
  "minimal",
  "top_only",
  "parent_id",
];

/** Each family: a path (with `*` for a dynamic segment) and the parameters it reads. */
const families: { path: string; params: string[] }[] = [
  { path: "/", params: ["q"] },
  { path: "/organizations", params: ["need", "match", "region", "mode", "type", "q", "donations", "sort", "page"] },
  { path: "/organizations/*", params: ["q"] },
  { path: "/organizations.csv", params: ["need", "region", "q", "sort", "page", "type"] },
  { path: "/needs", params: ["q"] },
  { path: "/needs/*", params: ["region"] },
  { path: "/modes", params: [] },
  { path: "/modes/*", params: [] },
  { path: "/policies", params: ["q"] },
  { path: "/policies/*", params: [] },
  { path: "/coverage", params: ["region", "sort", "need"] },
  { path: "/coverage/export", params: ["region", "sort", "need"] },
  { path: "/og/organizations", params: ["need", "region", "q", "sort", "type"] },
  { path: "/og/coverage", params: ["region", "sort", "need"] },
  { path: "/s/*", params: [] },
  { path: "/data", params: ["q"] },
  { path: "/feed.xml", params: ["page", "since"] },
  { path: "/*", params: [] },
  { path: "/*/*", params: [] },
  ...["/api/hsds/organizations", "/api/hsds/services", "/api/hsds/taxonomies", "/api/hsds/taxonomy_terms"].flatMap(
    (path) => [
      { path, params: HSDS_PARAMS },
      { path: `${path}/*`, params: ["full_service"] },
    ],
  ),
  { path: "/api/hsds/", params: [] },
  { path: "/api/hsds/openapi.json", params: [] },
  { path: "/admin/sign-in", params: ["next", "error", "returnTo"] },
  { path: "/admin/*", params: [] },
  { path: "/_next/static/*", params: [] },
];

function value(): string {
  const roll = next();
  if (roll < 0.08) return pick(hugeValues());
  if (roll < 0.7) return pick(hostile);
  // Two hostile pieces glued together, or one around plain text.
  return `${pick(hostile)}${pick(["", "x", "留守", "-"])}${pick(hostile)}`;
}

function url(): string {
  const family = pick(families);
  const locale = next() < 0.5 ? "" : "/en";
  const path = family.path.replace(/\*/g, () => value() || "x");
  const pairs: string[] = [];
  const names = [...family.params, "utm_source", "%00", "q%00", pick(hostile)];
  const count = Math.floor(next() * 5);
  for (let i = 0; i < count; i++) pairs.push(`${pick(names)}=${value()}`);
  if (next() < 0.05) pairs.push(...Array.from({ length: 200 }, () => `need=${pick(hostile)}`));
  const query = pairs.length ? `?${pairs.join("&")}` : next() < 0.1 ? "?" : "";
  const prefix = /^\/(admin|_next|api)\b/.test(path) ? "" : locale;
  return `${prefix}${path === "/" && prefix ? "" : path}${query}`;
}

test("hostile URLs over every route family never get a server error", async ({ request }, testInfo) => {
  // The requests carry no viewport: one project is enough.
  test.skip(testInfo.project.name !== "desktop", "same requests as the desktop run");
  test.setTimeout(20 * 60_000);
  const urls = Array.from({ length: COUNT }, url);
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  for (let i = 0; i < urls.length; i += PARALLEL) {
    await Promise.all(
      urls.slice(i, i + PARALLEL).map(async (target) => {
        try {
          const response = await request.get(target, { maxRedirects: 0, timeout: 60_000 });
          statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
          if (response.status() >= 500 && response.status() !== 503)
            failures.push(`${response.status()} ${target.slice(0, 200)}`);
        } catch (error) {
          failures.push(`no answer ${target.slice(0, 200)}: ${(error as Error).message.split("\n")[0]}`);
        }
      }),
    );
  }
  test.info().annotations.push({
    type: "statuses",
    description: [...statuses].map(([status, n]) => `${status}: ${n}`).join(", "),
  });
  console.log(`fuzz: ${urls.length} URLs, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect(failures.slice(0, 30), `${failures.length} of ${urls.length} URLs got a server error`).toEqual([]);
  // The database was up the whole time: a 503 here would hide a bug too.
  expect(statuses.get(503) ?? 0).toBe(0);
});
