import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { hashPassword } from "./password";
import { signIn } from "./sign-in";
import {
  backoff,
  clearThrottle,
  currentThrottles,
  releaseAttempt,
  reserveAttempt,
  throttleKeys,
  throttlePolicy,
} from "./throttle";

const database = setupTestDatabase();
const password = "correct horse battery";
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

// A cheap hash keeps the test fast; what is measured is how many checks happen, not how long they take.
const cheap = { N: 2 ** 10, r: 8, p: 1 };
async function account(email: string) {
  await database.prisma.staffUser.create({
    data: { email, name: email, role: "ADMIN", passwordHash: await hashPassword(password, cheap) },
  });
}
const attempt = (email: string, pw: string, address: string, now: Date) =>
  signIn(database.prisma, { email, password: pw }, address, now);

describe("the sign-in throttle", { timeout: 120_000 }, () => {
  it("backs off exponentially after the free failures, up to its cap", () => {
    expect(backoff(4, 5, 60_000)).toBe(0);
    expect(backoff(5, 5, 60_000)).toBe(1000);
    expect(backoff(7, 5, 60_000)).toBe(4000);
    expect(backoff(500, 5, 60_000)).toBe(60_000);
  });

  it("lets a parallel burst of 40 wrong guesses have no more checks than the policy allows", async () => {
    await account("burst@test.local");
    const now = new Date("2026-04-01T00:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 40 }, () => attempt("burst@test.local", "wrong guess", "192.0.2.10", now)),
    );
    const verified = results.filter((r) => !r.ok && r.reason === "wrong-credentials").length;
    console.log(`parallel burst: ${verified} of 40 wrong guesses were checked`);
    expect(verified).toBeGreaterThan(0);
    expect(verified).toBeLessThanOrEqual(throttlePolicy.pair.freeFailures);
    expect(results.every((r) => r.ok || r.reason === "wrong-credentials" || r.reason === "throttled")).toBe(true);
    // The guesser waits; the owner, elsewhere, does not.
    expect(await attempt("burst@test.local", password, "192.0.2.10", now)).toMatchObject({ reason: "throttled" });
    expect(await attempt("burst@test.local", password, "198.51.100.20", now)).toMatchObject({ ok: true });
  });

  it("never locks the owner out: the right password from another address passes whatever a guesser did", async () => {
    await account("target@test.local");
    const start = new Date("2026-04-02T00:00:00Z");
    let now = start;
    // One guesser keeps trying as soon as it may, for an hour; a crowd of addresses tries once each.
    let guesses = 0;
    while (now.getTime() < start.getTime() + 60 * 60 * 1000) {
      const result = await attempt("target@test.local", "wrong guess", "203.0.113.1", now);
      if (!result.ok && result.reason === "throttled") now = at(now, result.retryAfterSeconds * 1000);
      else guesses++;
    }
    for (let i = 0; i < 30; i++) await attempt("target@test.local", "wrong guess", `203.0.113.${100 + i}`, now);
    expect(guesses).toBeLessThan(20);
    // Each new address gets one free attempt while the account is under attack, then waits.
    expect(await attempt("target@test.local", "wrong guess", "203.0.113.200", now)).toMatchObject({
      reason: "wrong-credentials",
    });
    expect(await attempt("target@test.local", "wrong guess", "203.0.113.200", now)).toMatchObject({
      reason: "throttled",
    });
    // The owner, from their own address, signs in at once.
    expect(await attempt("target@test.local", password, "198.51.100.30", now)).toMatchObject({ ok: true });
  });

  it("limits guesses across accounts from one address, without touching other addresses", async () => {
    await account("ipuser@test.local");
    const start = new Date("2026-04-03T00:00:00Z");
    for (let i = 0; i < throttlePolicy.ip.freeFailures; i++) {
      await account(`guess${i}@test.local`);
      await attempt(`guess${i}@test.local`, "x", "192.0.2.50", at(start, i));
    }
    expect(await attempt("ipuser@test.local", password, "192.0.2.50", at(start, 50))).toMatchObject({
      reason: "throttled",
    });
    expect(await attempt("ipuser@test.local", password, "192.0.2.51", at(start, 50))).toMatchObject({ ok: true });
  });

  it("shows current throttles to admins and clears one", async () => {
    await account("clear@test.local");
    const now = new Date();
    for (let i = 0; i < throttlePolicy.pair.freeFailures; i++)
      await attempt("clear@test.local", "x", "192.0.2.60", now);
    const key = throttleKeys("clear@test.local", "192.0.2.60").pair;
    const listed = await currentThrottles(database.prisma, now);
    expect(listed.find((row) => row.key === key)).toMatchObject({ kind: "pair", failures: 5 });
    expect(await attempt("clear@test.local", "x", "192.0.2.60", now)).toMatchObject({ reason: "throttled" });
    expect(await clearThrottle(database.prisma, key)).toBe(true);
    expect(await attempt("clear@test.local", "x", "192.0.2.60", now)).toMatchObject({ reason: "wrong-credentials" });
  });

  it("lets reservations and releases on the same keys race without a deadlock", async () => {
    // Two browsers sending one code: one succeeds and gives its reservation back while the other reserves.
    const keys = throttleKeys("race@test.local", "192.0.2.70");
    const now = new Date();
    await reserveAttempt(database.prisma, keys, now);
    // The window is one statement wide (between two row locks of one SELECT ... FOR UPDATE), so race often.
    const outcomes: PromiseSettledResult<unknown>[] = [];
    for (let round = 0; round < 40; round++) {
      outcomes.push(
        ...(await Promise.allSettled(
          Array.from({ length: 16 }, (_, i) =>
            i % 2 ? releaseAttempt(database.prisma, keys, now) : reserveAttempt(database.prisma, keys, now),
          ),
        )),
      );
    }
    expect(outcomes.filter((o) => o.status === "rejected").map((o) => String(o.reason))).toEqual([]);
  });
});
