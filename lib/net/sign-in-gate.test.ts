import { describe, expect, it } from "vitest";
import { throttlePolicy } from "@/lib/auth/throttle";
import { createSignInGate, isSignInAttempt, refusedSignInPage, signInGateDefaults } from "./sign-in-gate";

// Tests of the per-key and in-progress rules leave the instance's bucket out of the way.
const roomy = { instanceBurst: 1_000_000, instanceRefillPerSecond: 1_000 };

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe("sign-in gate", () => {
  it("lets a key make its burst, then refuses until the steady rate gives it another attempt", () => {
    const c = clock();
    const gate = createSignInGate({ ...roomy, burst: 3, refillPerSecond: 0.5, maxInFlight: 100, maxKeys: 100 }, c.now);
    for (let i = 0; i < 3; i++) {
      const decision = gate.admit("a");
      expect(decision.ok).toBe(true);
      if (decision.ok) decision.release();
    }
    expect(gate.admit("a")).toEqual({ ok: false, retryAfterSeconds: 2 });
    c.advance(1_000);
    expect(gate.admit("a").ok).toBe(false);
    c.advance(1_000);
    expect(gate.admit("a").ok).toBe(true);
    expect(gate.admit("a").ok).toBe(false);
  });

  it("counts each key on its own", () => {
    const gate = createSignInGate(
      { ...roomy, burst: 1, refillPerSecond: 1, maxInFlight: 100, maxKeys: 100 },
      clock().now,
    );
    expect(gate.admit("a").ok).toBe(true);
    expect(gate.admit("a").ok).toBe(false);
    expect(gate.admit("b").ok).toBe(true);
  });

  it("caps the attempts in progress on the instance, and a finished attempt frees its place once", () => {
    const gate = createSignInGate(
      { ...roomy, burst: 100, refillPerSecond: 1, maxInFlight: 2, maxKeys: 100 },
      clock().now,
    );
    const first = gate.admit("a");
    const second = gate.admit("b");
    expect(gate.admit("c")).toEqual({ ok: false, retryAfterSeconds: 1 });
    if (!first.ok || !second.ok) throw new Error("expected admission");
    first.release();
    first.release(); // a second release (close after finish) must not open two places
    expect(gate.inFlight).toBe(1);
    expect(gate.admit("c").ok).toBe(true);
    expect(gate.admit("d").ok).toBe(false);
  });

  it("a refused attempt takes no place in progress", () => {
    const gate = createSignInGate(
      { ...roomy, burst: 1, refillPerSecond: 1, maxInFlight: 1, maxKeys: 100 },
      clock().now,
    );
    const first = gate.admit("a");
    if (!first.ok) throw new Error("expected admission");
    first.release();
    expect(gate.admit("a").ok).toBe(false);
    expect(gate.inFlight).toBe(0);
  });

  it("remembers a bounded number of keys, forgetting the least recently seen", () => {
    const gate = createSignInGate(
      { ...roomy, burst: 1, refillPerSecond: 0.001, maxInFlight: 100, maxKeys: 3 },
      clock().now,
    );
    for (const key of ["a", "b", "c"]) gate.admit(key);
    gate.admit("a"); // refused, but seen: "b" is now the oldest
    gate.admit("d");
    expect(gate.keys).toBe(3);
    expect(gate.admit("a").ok).toBe(false); // still remembered
    expect(gate.admit("b").ok).toBe(true); // forgotten, so a fresh burst
  });

  it("a parallel burst from one address gets its burst and no more", async () => {
    const gate = createSignInGate(
      { ...roomy, burst: 5, refillPerSecond: 1, maxInFlight: 1_000, maxKeys: 100 },
      clock().now,
    );
    const decisions = await Promise.all(Array.from({ length: 40 }, async () => gate.admit("203.0.113.9")));
    expect(decisions.filter((d) => d.ok)).toHaveLength(5);
  });

  it("admits at most the instance's burst from many addresses, then its steady rate", () => {
    const c = clock();
    const gate = createSignInGate(
      {
        burst: 5,
        refillPerSecond: 1,
        maxInFlight: 1_000,
        maxKeys: 1_000,
        instanceBurst: 4,
        instanceRefillPerSecond: 2,
      },
      c.now,
    );
    const admitted = () => Array.from({ length: 50 }, (_, i) => gate.admit(`198.51.100.${i}`)).filter((d) => d.ok);
    expect(admitted()).toHaveLength(4);
    expect(gate.admit("203.0.113.1")).toEqual({ ok: false, retryAfterSeconds: 1 });
    c.advance(1_000);
    expect(admitted()).toHaveLength(2);
    c.advance(60_000);
    expect(admitted()).toHaveLength(4); // never more than the burst, however long it was quiet
  });

  it("an attempt the instance refuses costs its address nothing", () => {
    const c = clock();
    const gate = createSignInGate(
      {
        burst: 1,
        refillPerSecond: 0.001,
        maxInFlight: 1_000,
        maxKeys: 1_000,
        instanceBurst: 1,
        instanceRefillPerSecond: 1,
      },
      c.now,
    );
    expect(gate.admit("flood").ok).toBe(true);
    expect(gate.admit("person").ok).toBe(false); // the instance is spent
    c.advance(1_000);
    expect(gate.admit("person").ok).toBe(true); // the person's own burst is intact
  });
});

it("the instance's steady rate is far above a staff team's sign-ins and far below a flood's", () => {
  expect(signInGateDefaults.instanceRefillPerSecond).toBeGreaterThanOrEqual(1);
  expect(signInGateDefaults.instanceRefillPerSecond).toBeLessThanOrEqual(10);
  expect(signInGateDefaults.instanceBurst).toBeGreaterThanOrEqual(signInGateDefaults.maxInFlight);
});

it("lets through more attempts per address than the app's throttle allows, so people see the app's message", () => {
  expect(signInGateDefaults.burst).toBeGreaterThan(throttlePolicy.ip.freeFailures + 5);
});

describe("which requests are sign-in attempts", () => {
  it("is a POST to the sign-in page, with or without a query or trailing slash", () => {
    expect(isSignInAttempt("POST", "/admin/sign-in")).toBe(true);
    expect(isSignInAttempt("POST", "/admin/sign-in/?signedOut=1")).toBe(true);
    expect(isSignInAttempt("GET", "/admin/sign-in")).toBe(false);
    expect(isSignInAttempt("POST", "/admin")).toBe(false);
    expect(isSignInAttempt("POST", "/admin/sign-in-help")).toBe(false);
    expect(isSignInAttempt(undefined, undefined)).toBe(false);
  });

  it("tells the refused client when to come back, in both languages", () => {
    const page = refusedSignInPage(7);
    expect(page).toContain("7 秒");
    expect(page).toContain("in 7 s");
  });
});
