import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { consumeRateLimit } from "./index";

const database = setupTestDatabase();

const rule = { limit: 3, windowMs: 60_000 };
const at = (iso: string) => new Date(iso);

describe("consumeRateLimit", () => {
  it("allows exactly the limit within a window and says when the window ends", async () => {
    const outcomes = [];
    for (let i = 0; i < 5; i++)
      outcomes.push(await consumeRateLimit(database.prisma, "k:a", rule, at("2026-01-01T00:00:10Z")));
    expect(outcomes.map((o) => o.allowed)).toEqual([true, true, true, false, false]);
    expect(outcomes[4]!.retryAfterMs).toBe(50_000);
  });

  it("starts counting again in the next window", async () => {
    for (let i = 0; i < 4; i++) await consumeRateLimit(database.prisma, "k:b", rule, at("2026-01-01T00:00:59Z"));
    const next = await consumeRateLimit(database.prisma, "k:b", rule, at("2026-01-01T00:01:00Z"));
    expect(next.allowed).toBe(true);
  });

  it("keeps keys apart", async () => {
    for (let i = 0; i < 4; i++) await consumeRateLimit(database.prisma, "k:c", rule, at("2026-01-01T00:00:00Z"));
    expect((await consumeRateLimit(database.prisma, "k:d", rule, at("2026-01-01T00:00:00Z"))).allowed).toBe(true);
  });

  it("lets no more than the limit through a parallel burst", async () => {
    const when = at("2026-01-01T02:00:00Z");
    const burst = await Promise.all(
      Array.from({ length: 25 }, () => consumeRateLimit(database.prisma, "k:burst", rule, when)),
    );
    expect(burst.filter((o) => o.allowed)).toHaveLength(rule.limit);
  });

  it("sweeps windows long past, but keeps recent ones", async () => {
    await consumeRateLimit(database.prisma, "k:old", rule, at("2025-01-01T00:00:00Z"));
    await consumeRateLimit(database.prisma, "k:recent", rule, at("2026-03-01T00:00:00Z"));
    await consumeRateLimit(database.prisma, "k:now", rule, at("2026-03-01T00:01:30Z"));
    const keys = await database.prisma.$queryRaw<
      { key: string }[]
    >`SELECT key FROM rate_limit_bucket WHERE key IN ('k:old', 'k:recent')`;
    expect(keys.map((k) => k.key)).toEqual(["k:recent"]);
  });

  it("only the request that opens a window sweeps: later ones in the same window do not pay for it", async () => {
    const when = at("2026-04-01T00:00:10Z");
    await consumeRateLimit(database.prisma, "k:opener", rule, when);
    await database.prisma.$executeRaw`
      INSERT INTO rate_limit_bucket (key, window_start, count) VALUES ('k:stale', ${at("2025-06-01T00:00:00Z")}, 1)`;
    await consumeRateLimit(database.prisma, "k:opener", rule, at("2026-04-01T00:00:20Z"));
    expect(await database.prisma.rateLimitBucket.count({ where: { key: "k:stale" } })).toBe(1);
  });

  it("refuses a window longer than one day, the longest the sweep keeps, and accepts exactly one day", async () => {
    const day = 24 * 60 * 60 * 1000;
    await expect(consumeRateLimit(database.prisma, "k:long", { limit: 1, windowMs: day + 1 })).rejects.toThrow(
      "A rate-limit window may be at most one day",
    );
    expect((await consumeRateLimit(database.prisma, "k:day", { limit: 1, windowMs: day })).allowed).toBe(true);
  });
});
