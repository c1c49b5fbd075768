import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { consumeRateLimit } from "@/lib/rate-limit";
import { recordSecurityEvent } from "@/lib/security/events";
import {
  RATE_LIMIT_MAX_WINDOW_MS,
  SECURITY_EVENT_SWEEP_EVERY,
  sweepFrozenLists,
  sweepRateLimitBuckets,
  sweepSecurityEvents,
} from "./index";

const database = setupTestDatabase();
const at = (iso: string) => new Date(iso);

async function storeList(id: string, createdAt: Date) {
  await database.prisma.sharedList.create({ data: { id, query: "", locale: "zh", total: 0, items: [], createdAt } });
}

async function listIds(prefix: string): Promise<string[]> {
  const rows = await database.prisma.sharedList.findMany({
    where: { id: { startsWith: prefix } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

describe("retention of anonymous state", () => {
  it("deletes rate-limit buckets two days after their window, and keeps the current ones", async () => {
    const now = at("2026-06-10T12:00:00Z");
    const rule = { limit: 5, windowMs: 60_000 };
    await consumeRateLimit(database.prisma, "r:old", rule, at("2026-06-08T11:59:00Z"));
    await consumeRateLimit(database.prisma, "r:day", { limit: 5, windowMs: RATE_LIMIT_MAX_WINDOW_MS }, now);
    await consumeRateLimit(database.prisma, "r:recent", rule, at("2026-06-09T12:00:00Z"));
    await sweepRateLimitBuckets(database.prisma, now);
    const keys = await database.prisma.rateLimitBucket.findMany({ where: { key: { startsWith: "r:" } } });
    expect(keys.map((k) => k.key).sort()).toEqual(["r:day", "r:recent"]);
  });

  it("sweeps old buckets without an operator when a new window starts", async () => {
    const rule = { limit: 5, windowMs: 60_000 };
    await consumeRateLimit(database.prisma, "w:ancient", rule, at("2026-01-01T00:00:00Z"));
    await consumeRateLimit(database.prisma, "w:fresh", rule, at("2026-07-01T00:00:00Z"));
    const left = await database.prisma.rateLimitBucket.count({ where: { key: "w:ancient" } });
    expect(left).toBe(0);
  });

  it("refuses a rate-limit window longer than the retention allows", async () => {
    await expect(
      consumeRateLimit(database.prisma, "r:long", { limit: 1, windowMs: RATE_LIMIT_MAX_WINDOW_MS + 1 }),
    ).rejects.toThrow(/window/);
  });

  it("deletes frozen lists past their retention, then the oldest past the size bound", async () => {
    const now = at("2026-06-10T00:00:00Z");
    await storeList("fz-expired", at("2024-06-01T00:00:00Z"));
    for (let i = 1; i <= 5; i++) await storeList(`fz-${i}`, at(`2026-06-0${i}T00:00:00Z`));
    const deleted = await sweepFrozenLists(database.prisma, now, { retentionDays: 730, max: 3 });
    expect(deleted).toBeGreaterThanOrEqual(3);
    expect(await listIds("fz-")).toEqual(["fz-3", "fz-4", "fz-5"]);
  });

  it("deletes security events older than 400 days and keeps the recent ones", async () => {
    const now = at("2026-06-10T00:00:00Z");
    const events = [
      { email: "old@retention.test", at: at("2025-05-05T23:59:00Z") }, // 401 days before
      { email: "edge@retention.test", at: at("2025-05-07T00:00:00Z") }, // 399 days before
      { email: "new@retention.test", at: at("2026-06-09T00:00:00Z") },
    ];
    await database.prisma.securityEvent.createMany({ data: events.map((e) => ({ ...e, kind: "sign-in-failure" })) });
    await sweepSecurityEvents(database.prisma, now);
    const left = await database.prisma.securityEvent.findMany({
      where: { email: { endsWith: "@retention.test" } },
      orderBy: { at: "asc" },
    });
    expect(left.map((e) => e.email)).toEqual(["edge@retention.test", "new@retention.test"]);
  });

  it("sweeps old security events without an operator as new ones are recorded", async () => {
    await database.prisma.securityEvent.create({
      data: { kind: "sign-in-failure", email: "ancient@sweep.test", at: at("2020-01-01T00:00:00Z") },
    });
    for (let i = 0; i < SECURITY_EVENT_SWEEP_EVERY; i++)
      await recordSecurityEvent(database.prisma, { kind: "sign-in-failure", email: "fresh@sweep.test" });
    expect(await database.prisma.securityEvent.count({ where: { email: "ancient@sweep.test" } })).toBe(0);
    expect(await database.prisma.securityEvent.count({ where: { email: "fresh@sweep.test" } })).toBe(
      SECURITY_EVENT_SWEEP_EVERY,
    );
  });
});
