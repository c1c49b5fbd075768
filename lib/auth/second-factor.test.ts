import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { clearThrottleAsAdmin, eventQuerySchema, listSecurityEvents } from "@/lib/security/admin";
import { createStaffAccount, setStaffDisabled } from "./accounts";
import { hashPassword } from "./password";
import type { StaffSession } from "./roles";
import { confirmEnrolment, enrolmentOffer, resetSecondFactor } from "./second-factor";
import { setSecondFactorPolicy } from "./second-factor-policy";
import { CODE_FAILURES_PER_SESSION, finishEnrolmentSignIn, signInSecondFactor } from "./second-factor-sign-in";
import { resolvePendingSession, resolveSession } from "./session";
import { signIn } from "./sign-in";
import { throttlePolicy } from "./throttle";

const database = setupTestDatabase();
const password = "correct horse battery";
const KEY = Buffer.alloc(32, 7).toString("base64");
const T0 = new Date("2026-05-01T00:00:10Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const codeAt = (secret: string, when: Date) => generate({ secret, epoch: Math.floor(when.getTime() / 1000) });
const context = { address: "192.0.2.1", requestId: "test-request" };

// A cheap hash keeps the test fast; the cost of scrypt is not what is tested here.
async function account(email: string, role: "ADMIN" | "EDITOR" = "EDITOR") {
  const user = await database.prisma.staffUser.create({
    data: { email, name: email, role, passwordHash: await hashPassword(password, { N: 2 ** 10, r: 8, p: 1 }) },
  });
  return { userId: user.id, email };
}
const passwordStep = (email: string, now: Date, address = "192.0.2.1") =>
  signIn(database.prisma, { email, password }, address, now);

/** Enrols an account with its secret; returns the secret and the recovery codes. */
async function enrol(who: { userId: number; email: string }, now = T0, key: string | undefined = KEY) {
  const offer = await enrolmentOffer(database.prisma, who, key);
  if (!offer) throw new Error("already enrolled");
  const done = await confirmEnrolment(
    database.prisma,
    who,
    { code: await codeAt(offer.secret, now) },
    key,
    context,
    now,
  );
  if (!done.ok) throw new Error(done.problem);
  return { secret: offer.secret, recoveryCodes: done.recoveryCodes };
}

/** Password, then the given code; the result of the code step. */
async function signInWith(email: string, code: string, now: Date, address = "192.0.2.1") {
  const first = await passwordStep(email, now, address);
  if (!first.ok) throw new Error(`password step: ${first.reason}`);
  expect(first.stage).toBe("second-factor");
  return signInSecondFactor(database.prisma, first.token, { code }, { address }, KEY, now);
}

async function adminSession(email: string): Promise<StaffSession> {
  const who = await account(email, "ADMIN");
  const { secret } = await enrol(who);
  const result = await signInWith(email, await codeAt(secret, at(60)), at(60));
  if (!result.ok) throw new Error("admin sign-in");
  return (await resolveSession(database.prisma, result.token, at(60)))!;
}

describe("the second factor", { timeout: 120_000 }, () => {
  it("accepts a code of the step before or after, never two steps away", async () => {
    const who = await account("window@test.local");
    const { secret } = await enrol(who);
    const now = at(300);
    expect(await signInWith(who.email, await codeAt(secret, at(300 - 60)), now)).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    expect(await signInWith(who.email, await codeAt(secret, at(300 + 60)), now)).toMatchObject({
      reason: "wrong-code",
    });
    expect(await signInWith(who.email, await codeAt(secret, at(300 - 30)), now)).toMatchObject({ ok: true });
    expect(await signInWith(who.email, await codeAt(secret, at(300 + 30)), at(301))).toMatchObject({ ok: true });
  });

  it("refuses a code used once already, even from another browser, and the code of an earlier step", async () => {
    const who = await account("replay@test.local");
    const { secret } = await enrol(who);
    // The enrolment code itself is spent.
    expect(await signInWith(who.email, await codeAt(secret, T0), T0)).toMatchObject({ reason: "wrong-code" });
    const code = await codeAt(secret, at(90));
    expect(await signInWith(who.email, code, at(90))).toMatchObject({ ok: true });
    expect(await signInWith(who.email, code, at(91), "198.51.100.7")).toMatchObject({ reason: "wrong-code" });
    expect(await signInWith(who.email, await codeAt(secret, at(60)), at(91))).toMatchObject({ reason: "wrong-code" });
    // Two browsers racing with the same fresh code: one wins.
    const fresh = await codeAt(secret, at(120));
    const raced = await Promise.all([signInWith(who.email, fresh, at(120)), signInWith(who.email, fresh, at(120))]);
    expect(raced.filter((r) => r.ok)).toHaveLength(1);
  });

  it("takes each recovery code once, and records that it was used", async () => {
    const who = await account("recovery@test.local");
    const { recoveryCodes } = await enrol(who);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await database.prisma.staffRecoveryCode.findMany({ where: { userId: who.userId } });
    expect(stored.map((r) => r.codeHash).some((h) => recoveryCodes.some((c) => h.includes(c.replace("-", ""))))).toBe(
      false,
    );
    const [first, second] = recoveryCodes;
    expect(await signInWith(who.email, first!.toUpperCase(), at(100))).toMatchObject({ ok: true });
    expect(await signInWith(who.email, first!, at(101))).toMatchObject({ reason: "wrong-code" });
    expect(await signInWith(who.email, ` ${second!.replace("-", "")} `, at(102))).toMatchObject({ ok: true });
    expect(await database.prisma.securityEvent.count({ where: { kind: "recovery-code-used", email: who.email } })).toBe(
      2,
    );
  });

  it("keeps the secret encrypted when a key is set, and shows the same secret until it is confirmed", async () => {
    const who = await account("sealed@test.local");
    const offer = await enrolmentOffer(database.prisma, who, KEY);
    expect((await enrolmentOffer(database.prisma, who, KEY))?.secret).toBe(offer!.secret);
    expect(offer!.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(offer!.uri).toContain(`secret=${offer!.secret}`);
    const wrong = await confirmEnrolment(database.prisma, who, { code: "12345" }, KEY, context, T0);
    expect(wrong).toEqual({ ok: false, problem: "invalidCode" });
    const code = await codeAt(offer!.secret, T0);
    const other = code === "000000" ? "000001" : "000000";
    expect(await confirmEnrolment(database.prisma, who, { code: other }, KEY, context, T0)).toEqual({
      ok: false,
      problem: "wrongCode",
    });
    expect((await confirmEnrolment(database.prisma, who, { code }, KEY, context, T0)).ok).toBe(true);
    const row = await database.prisma.staffUser.findUniqueOrThrow({ where: { id: who.userId } });
    expect(row.totpSecret).toMatch(/^gcm1\$/);
    expect(row.totpSecret).not.toContain(offer!.secret);
    expect(row.totpPendingSecret).toBeNull();
    // Without the key the secret cannot be used: the code step fails loudly, not open.
    const first = await passwordStep(who.email, at(60));
    await expect(
      signInSecondFactor(
        database.prisma,
        first.ok ? first.token : "",
        { code: await codeAt(offer!.secret, at(60)) },
        context,
        undefined,
        at(60),
      ),
    ).rejects.toThrow(/TOTP_SECRET_KEY/);
  });

  it("is required of admins, and of everyone once the setting is on; demo accounts are let through in the demo", async () => {
    const admin = await adminSession("policy-admin@test.local");
    const editor = await account("policy-editor@test.local");
    const boss = await account("policy-boss@test.local", "ADMIN");
    const demo = await account("admin@demo.local", "ADMIN");
    expect(await passwordStep(editor.email, T0)).toMatchObject({ ok: true, stage: "full" });
    const pending = await passwordStep(boss.email, T0);
    expect(pending).toMatchObject({ ok: true, stage: "enrol" });
    // A session waiting for enrolment is not signed in.
    if (!pending.ok) return;
    expect(await resolveSession(database.prisma, pending.token, T0)).toBeNull();
    expect(await resolvePendingSession(database.prisma, pending.token, T0)).toMatchObject({ stage: "enrol" });
    expect(await finishEnrolmentSignIn(database.prisma, pending.token, context, T0)).toBeNull();
    await enrol(boss, T0);
    const full = await finishEnrolmentSignIn(database.prisma, pending.token, context, T0);
    expect(await resolveSession(database.prisma, full!, T0)).toMatchObject({ email: boss.email, role: "ADMIN" });

    expect(await passwordStep(demo.email, T0)).toMatchObject({ stage: "enrol" });
    expect(
      await signIn(database.prisma, { email: demo.email, password }, "192.0.2.1", T0, { demoAccountsExempt: true }),
    ).toMatchObject({ stage: "full" });

    await setSecondFactorPolicy(database.prisma, admin, { requireForAll: true }, context);
    expect(await passwordStep(editor.email, T0)).toMatchObject({ ok: true, stage: "enrol" });
    await setSecondFactorPolicy(database.prisma, admin, { requireForAll: false }, context);
    expect(await passwordStep(editor.email, T0)).toMatchObject({ ok: true, stage: "full" });
    expect(await database.prisma.auditEntry.count({ where: { recordType: "settings", action: "settings" } })).toBe(2);
  });

  it("is reset by an admin: the factor, recovery codes and sessions go, and the next sign-in enrols again", async () => {
    const admin = await adminSession("reset-admin@test.local");
    const who = await account("reset@test.local", "ADMIN");
    const { secret } = await enrol(who);
    const signedIn = await signInWith(who.email, await codeAt(secret, at(60)), at(60));
    expect(signedIn.ok).toBe(true);
    expect(await resetSecondFactor(database.prisma, admin, { userId: who.userId }, context)).toBe(true);
    expect(await resolveSession(database.prisma, signedIn.ok ? signedIn.token : "", at(61))).toBeNull();
    expect(await database.prisma.staffRecoveryCode.count({ where: { userId: who.userId } })).toBe(0);
    expect(await passwordStep(who.email, at(62))).toMatchObject({ stage: "enrol" });
    const audit = await database.prisma.auditEntry.findFirstOrThrow({
      where: { recordType: "staff", recordId: who.userId, action: "second-factor-reset" },
    });
    expect(audit).toMatchObject({
      staffId: admin.userId,
      before: { secondFactor: true },
      after: { secondFactor: false },
    });
    expect(await resetSecondFactor(database.prisma, admin, { userId: "x" }, context)).toBe(false);
  });

  it("throttles wrong codes under the sign-in throttle's lock, and ends the waiting session after a few", async () => {
    const who = await account("guess@test.local");
    const { secret } = await enrol(who);
    const first = await passwordStep(who.email, at(60), "203.0.113.9");
    if (!first.ok) throw new Error("password");
    const right = await codeAt(secret, at(60));
    const wrong = right === "111111" ? "222222" : "111111";
    const burst = await Promise.all(
      Array.from({ length: 20 }, () =>
        signInSecondFactor(database.prisma, first.token, { code: wrong }, { address: "203.0.113.9" }, KEY, at(60)),
      ),
    );
    const checked = burst.filter((r) => !r.ok && r.reason !== "throttled").length;
    expect(checked).toBeLessThanOrEqual(throttlePolicy.pair.freeFailures);
    expect(burst.filter((r) => !r.ok && r.reason === "throttled").length).toBeGreaterThan(0);
    // The waiting session is gone after CODE_FAILURES_PER_SESSION wrong codes: the password is asked again.
    expect(CODE_FAILURES_PER_SESSION).toBe(5);
    expect(await resolvePendingSession(database.prisma, first.token, at(60))).toBeNull();

    // Guessing at the account from elsewhere never refuses the owner's right code from their own address.
    for (let i = 0; i < 3 * throttlePolicy.account.underAttackAfter; i++) {
      const guesser = await passwordStep(who.email, at(61), `203.0.113.${100 + i}`);
      if (guesser.ok)
        await signInSecondFactor(
          database.prisma,
          guesser.token,
          { code: wrong },
          { address: `203.0.113.${100 + i}` },
          KEY,
          at(61),
        );
    }
    expect(await signInWith(who.email, await codeAt(secret, at(90)), at(90), "198.51.100.50")).toMatchObject({
      ok: true,
    });
  });

  it("leaves a security event for each step and account change, and admins see and clear throttles", async () => {
    const admin = await adminSession("events-admin@test.local");
    expect(
      await createStaffAccount(
        database.prisma,
        admin,
        {
          email: "events-new@test.local",
          name: "New",
          role: "EDITOR",
          password: "a long enough password",
        },
        context,
      ),
    ).toMatchObject({ ok: true });
    const created = await database.prisma.staffUser.findUniqueOrThrow({ where: { email: "events-new@test.local" } });
    await setStaffDisabled(database.prisma, admin, { userId: created.id, disabled: true }, context);
    await setStaffDisabled(database.prisma, admin, { userId: created.id, disabled: false }, context);
    for (let i = 0; i < throttlePolicy.pair.freeFailures + 1; i++)
      await signIn(database.prisma, { email: "events-new@test.local", password: "wrong" }, "192.0.2.99", T0);
    const key = "pair:events-new@test.local|192.0.2.99";
    expect(await clearThrottleAsAdmin(database.prisma, admin, { key }, context)).toBe(true);

    const kinds = async (email: string) =>
      (await database.prisma.securityEvent.findMany({ where: { email }, orderBy: { id: "asc" } })).map((e) => e.kind);
    expect(await kinds("events-new@test.local")).toEqual([
      "account-create",
      "account-disable",
      "account-enable",
      // The attempt that makes the address wait writes the throttle's row before its own failure; the refused
      // attempt after it is a log line only.
      ...Array(throttlePolicy.pair.freeFailures - 1).fill("sign-in-failure"),
      "sign-in-throttled",
      "sign-in-failure",
      "throttle-clear",
    ]);
    expect(await kinds("events-admin@test.local")).toEqual([
      "second-factor-enrol",
      "sign-in-password-ok",
      "sign-in-success",
    ]);
    const create = await database.prisma.securityEvent.findFirstOrThrow({
      where: { kind: "account-create", email: "events-new@test.local" },
    });
    expect(create).toMatchObject({ actorId: admin.userId, address: "192.0.2.1", requestId: "test-request" });
    expect(JSON.stringify(await database.prisma.securityEvent.findMany())).not.toMatch(/correct horse|wrong"|scrypt\$/);
    expect(
      (
        await database.prisma.auditEntry.findMany({
          where: { recordType: "staff", recordId: created.id },
          orderBy: { id: "asc" },
        })
      ).map((a) => a.action),
    ).toEqual(["create", "disable", "enable"]);

    const page = await listSecurityEvents(
      database.prisma,
      admin,
      eventQuerySchema.parse({ kind: "sign-in-failure", account: "EVENTS-new" }),
    );
    expect(page.total).toBe(throttlePolicy.pair.freeFailures);
    expect(page.rows.every((r) => r.kind === "sign-in-failure" && r.email === "events-new@test.local")).toBe(true);
    expect(eventQuerySchema.parse({ kind: "nonsense", page: "-3", account: "a\0b" })).toEqual({
      page: 1,
      account: "ab",
    });
  });
});
