import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase } from "@/lib/db/test-database";
import { changeOwnPassword, createStaffUser, setStaffDisabled } from "./accounts";
import { ensureFirstStaff } from "./bootstrap";
import { hashPassword, verifyPassword } from "./password";
import { resolveSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, startSession } from "./session";
import { signIn } from "./sign-in";

let database: TestDatabase;
const password = "correct horse battery";
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

beforeAll(async () => {
  database = await createTestDatabase();
  for (const [email, role] of [
    ["admin@test.local", "ADMIN"],
    ["editor@test.local", "EDITOR"],
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

  it("ends the session the browser still held when it signs in again, and only on success", async () => {
    const held = await signIn(database.prisma, { email: "editor@test.local", password }, "10.0.0.2");
    if (!held.ok) throw new Error("setup failed");
    const wrong = { email: "editor@test.local", password: "wrong" };
    await signIn(database.prisma, wrong, "10.0.0.2", new Date(), { previousToken: held.token });
    expect(await resolveSession(database.prisma, held.token)).not.toBeNull();
    const again = await signIn(database.prisma, { email: "editor@test.local", password }, "10.0.0.2", new Date(), {
      previousToken: held.token,
    });
    expect(again.ok).toBe(true);
    expect(await resolveSession(database.prisma, held.token)).toBeNull();
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
