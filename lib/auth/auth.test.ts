import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase } from "@/lib/db/test-database";
import { changeOwnPassword, createStaffUser, setStaffDisabled } from "./accounts";
import { ensureFirstStaff } from "./bootstrap";
import { hashPassword, verifyPassword } from "./password";
import { resolveSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, startSession } from "./session";
import { signIn } from "./sign-in";
import { LOCK_MS, throttlePolicy, waitAfter } from "./throttle";

let database: TestDatabase;
const password = "correct horse battery";
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

beforeAll(async () => {
  database = await createTestDatabase();
  for (const [email, role] of [
    ["admin@test.local", "ADMIN"],
    ["editor@test.local", "EDITOR"],
    ["locked@test.local", "EDITOR"],
  ] as const) {
    const result = await createStaffUser(database.prisma, { email, name: email, role, password });
    if (!result.ok) throw new Error("setup failed");
  }
});
afterAll(() => database.close());

const idOf = async (email: string) => (await database.prisma.staffUser.findUniqueOrThrow({ where: { email } })).id;

describe("passwords", () => {
  it("are stored as salted scrypt hashes and verified", async () => {
    const hash = await hashPassword("安全的密码 secret");
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await hashPassword("安全的密码 secret")).not.toBe(hash);
    expect(await verifyPassword("安全的密码 secret", hash)).toBe(true);
    expect(await verifyPassword("安全的密码 secreT", hash)).toBe(false);
    expect(await verifyPassword("x", "not-a-hash")).toBe(false);
  });
});

describe("sign-in", () => {
  it("starts a new session each time and refuses a wrong password and an unknown account alike", async () => {
    const first = await signIn(database.prisma, { email: " Editor@Test.local ", password }, "10.0.0.1");
    const second = await signIn(database.prisma, { email: "editor@test.local", password }, "10.0.0.1");
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.token).not.toBe(second.token);
    expect(await resolveSession(database.prisma, first.token)).toMatchObject({
      email: "editor@test.local",
      role: "EDITOR",
    });
    expect(await signIn(database.prisma, { email: "editor@test.local", password: "wrong" }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "wrong-credentials",
    });
    expect(await signIn(database.prisma, { email: "nobody@test.local", password }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "wrong-credentials",
    });
    expect(await signIn(database.prisma, { email: "not an email", password }, "10.0.0.1")).toMatchObject({
      ok: false,
      reason: "invalid-input",
      fieldErrors: { email: { key: "invalidEmail" } },
    });
  });

  it("slows an account down after a few failures, then locks it, per account and per IP", async () => {
    const start = new Date("2026-01-01T00:00:00Z");
    const attempt = (pw: string, now: Date, ip = "10.0.0.2") =>
      signIn(database.prisma, { email: "locked@test.local", password: pw }, ip, now);
    for (let i = 0; i < throttlePolicy.account.freeFailures; i++)
      expect(await attempt("wrong", at(start, i))).toMatchObject({ reason: "wrong-credentials" });
    // Now every attempt must wait; even the right password is not checked meanwhile.
    expect(await attempt(password, at(start, 100))).toMatchObject({ reason: "throttled", retryAfterSeconds: 1 });
    let now = at(start, 1_100);
    for (let failures = throttlePolicy.account.freeFailures; failures < throttlePolicy.account.lockAfter; failures++) {
      expect(await attempt("wrong", now)).toMatchObject({ reason: "wrong-credentials" });
      now = at(now, waitAfter("account", failures + 1) + 1);
    }
    const locked = await attempt(password, at(now, -2));
    expect(locked).toMatchObject({ reason: "throttled" });
    expect(waitAfter("account", throttlePolicy.account.lockAfter)).toBe(LOCK_MS);
    // From another address the account is still locked: the limit is per account too.
    expect(await attempt(password, at(now, -2), "10.9.9.9")).toMatchObject({ reason: "throttled" });
    // After the lock, the right password works and clears the account's count.
    expect(await attempt(password, at(now, LOCK_MS))).toMatchObject({ ok: true });
    expect(await database.prisma.signInThrottle.findUnique({ where: { key: "account:locked@test.local" } })).toBeNull();
  });

  it("limits guesses across accounts from one IP address", async () => {
    const start = new Date("2026-02-01T00:00:00Z");
    for (let i = 0; i < throttlePolicy.ip.freeFailures; i++) {
      await signIn(database.prisma, { email: `guess${i}@test.local`, password: "x" }, "10.0.0.3", at(start, i));
    }
    expect(
      await signIn(database.prisma, { email: "admin@test.local", password }, "10.0.0.3", at(start, 50)),
    ).toMatchObject({ reason: "throttled" });
    expect(
      await signIn(database.prisma, { email: "admin@test.local", password }, "10.0.0.4", at(start, 50)),
    ).toMatchObject({ ok: true });
  });
});

describe("sessions", () => {
  it("end after the idle time without activity, and at the absolute end despite activity", async () => {
    const userId = await idOf("editor@test.local");
    const start = new Date("2026-03-01T00:00:00Z");
    const idle = await startSession(database.prisma, userId, start);
    expect(await resolveSession(database.prisma, idle, at(start, SESSION_IDLE_MS - 1000))).not.toBeNull();
    expect(await resolveSession(database.prisma, idle, at(start, 2 * SESSION_IDLE_MS))).toBeNull();

    const busy = await startSession(database.prisma, userId, start);
    let now = start;
    while (now.getTime() < start.getTime() + SESSION_ABSOLUTE_MS - SESSION_IDLE_MS) {
      now = at(now, SESSION_IDLE_MS / 2);
      expect(await resolveSession(database.prisma, busy, now)).not.toBeNull();
    }
    expect(await resolveSession(database.prisma, busy, at(start, SESSION_ABSOLUTE_MS))).toBeNull();
    // An ended session is removed, so it cannot come back.
    expect(await resolveSession(database.prisma, busy, start)).toBeNull();
  });

  it("all end when an admin disables the account, and sign-in is refused", async () => {
    const admin = await resolveSession(
      database.prisma,
      await startSession(database.prisma, await idOf("admin@test.local")),
    );
    const editorId = await idOf("editor@test.local");
    const token = await startSession(database.prisma, editorId);
    await setStaffDisabled(database.prisma, admin, { userId: editorId, disabled: true });
    expect(await resolveSession(database.prisma, token)).toBeNull();
    expect(await signIn(database.prisma, { email: "editor@test.local", password }, "10.0.0.5")).toMatchObject({
      reason: "wrong-credentials",
    });
    await expect(setStaffDisabled(database.prisma, admin, { userId: admin!.userId, disabled: true })).rejects.toThrow(
      /own account/,
    );
    await setStaffDisabled(database.prisma, admin, { userId: editorId, disabled: false });
  });

  it("other than the current one end when the password changes", async () => {
    const userId = await idOf("admin@test.local");
    const current = await resolveSession(database.prisma, await startSession(database.prisma, userId));
    const other = await startSession(database.prisma, userId);
    expect(
      await changeOwnPassword(database.prisma, current, {
        currentPassword: "wrong",
        newPassword: "new password 2026",
        confirmPassword: "new password 2026",
      }),
    ).toEqual({
      ok: false,
      fieldErrors: { currentPassword: { key: "invalid" } },
    });
    expect(
      await changeOwnPassword(database.prisma, current, {
        currentPassword: password,
        newPassword: "new password 2026",
        confirmPassword: "other",
      }),
    ).toMatchObject({
      fieldErrors: { confirmPassword: { key: "passwordsDiffer" } },
    });
    expect(
      await changeOwnPassword(database.prisma, current, {
        currentPassword: password,
        newPassword: "new password 2026",
        confirmPassword: "new password 2026",
      }),
    ).toEqual({ ok: true });
    expect(await resolveSession(database.prisma, other)).toBeNull();
    expect(await database.prisma.staffSession.count({ where: { tokenHash: current!.tokenHash } })).toBe(1);
    expect(
      await signIn(database.prisma, { email: "admin@test.local", password: "new password 2026" }, "10.0.0.6"),
    ).toMatchObject({ ok: true });
  });
});

describe("first staff accounts", () => {
  it("are created only when asked for, or as demo accounts on the embedded database, and only once", async () => {
    const fresh = await createTestDatabase();
    try {
      expect(await ensureFirstStaff(fresh.prisma, { embedded: false, env: { SEED_DEMO_DATA: "1" } })).toEqual([]);
      expect(await fresh.prisma.staffUser.count()).toBe(0);
      expect(
        await ensureFirstStaff(fresh.prisma, {
          embedded: false,
          env: { ADMIN_EMAIL: "boss@org.cn", ADMIN_PASSWORD: "first admin password" },
        }),
      ).toEqual(["boss@org.cn (ADMIN)"]);
      expect(await ensureFirstStaff(fresh.prisma, { embedded: true, env: {} })).toEqual([]);
      expect(await fresh.prisma.staffUser.findMany({ select: { email: true, role: true } })).toEqual([
        { email: "boss@org.cn", role: "ADMIN" },
      ]);
    } finally {
      await fresh.close();
    }
  });
});
