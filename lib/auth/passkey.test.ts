import { createHash, generateKeyPairSync, randomBytes, sign } from "node:crypto";
import { isoBase64URL, isoCBOR } from "@simplewebauthn/server/helpers";
import { generate } from "otplib";
import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { hashPassword } from "./password";
import { listPasskeys, passkeyRegistrationOptions, registerPasskey, removePasskey } from "./passkey";
import type { PasskeyParty } from "./passkey-party";
import { passkeySignInOptions, signInWithPasskey } from "./passkey-sign-in";
import type { StaffSession } from "./roles";
import { confirmEnrolment, enrolmentOffer, resetSecondFactor } from "./second-factor";
import { CODE_FAILURES_PER_SESSION } from "./second-factor-sign-in";
import { resolvePendingSession, resolveSession, startSession } from "./session";
import { signIn } from "./sign-in";
import { throttlePolicy } from "./throttle";

const database = setupTestDatabase();
const party: PasskeyParty = { rpID: "navigator.test", rpName: "Navigator", origin: "https://navigator.test" };
const password = "correct horse battery";
const T0 = new Date("2026-05-01T00:00:10Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const context = { address: "192.0.2.1" };
const b64 = (bytes: Uint8Array | Buffer) => isoBase64URL.fromBuffer(new Uint8Array(bytes));
const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();

/**
 * A software authenticator: a P-256 key pair and a counter, answering with the same bytes a browser would send
 * (attestation "none" to register, a signed assertion to sign in), so the checks run on real signatures.
 */
class SoftAuthenticator {
  readonly keys = generateKeyPairSync("ec", { namedCurve: "P-256" });
  readonly credentialId = b64(randomBytes(16));
  counter = 0;

  private authData(rpID: string, flags: number, counter: number, attested?: Uint8Array): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    return Buffer.concat([sha256(rpID), Buffer.from([flags]), count, attested ?? Buffer.alloc(0)]);
  }

  private clientData(type: string, challenge: string, origin: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  register(challenge: string, { origin = party.origin, rpID = party.rpID } = {}) {
    const jwk = this.keys.publicKey.export({ format: "jwk" });
    const cose = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, isoBase64URL.toBuffer(jwk.x!)],
        [-3, isoBase64URL.toBuffer(jwk.y!)],
      ]),
    );
    const id = isoBase64URL.toBuffer(this.credentialId);
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(id.length);
    const attested = Buffer.concat([Buffer.alloc(16), idLength, id, cose]);
    const authData = this.authData(rpID, 0x45, this.counter, attested); // user present, verified, attested data
    const attestationObject = isoCBOR.encode(
      new Map<string, Parameters<typeof isoCBOR.encode>[0]>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", new Uint8Array(authData)],
      ]),
    );
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: "public-key",
      response: {
        clientDataJSON: b64(this.clientData("webauthn.create", challenge, origin)),
        attestationObject: b64(attestationObject),
        transports: ["internal"],
      },
      clientExtensionResults: {},
    };
  }

  assert(challenge: string, { origin = party.origin, counter = ++this.counter } = {}) {
    const authData = this.authData(party.rpID, 0x05, counter);
    const clientData = this.clientData("webauthn.get", challenge, origin);
    const signature = sign("sha256", Buffer.concat([authData, sha256(clientData)]), this.keys.privateKey);
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: "public-key",
      response: {
        clientDataJSON: b64(clientData),
        authenticatorData: b64(authData),
        signature: b64(signature),
      },
      clientExtensionResults: {},
    };
  }
}

/** A staff account with the authenticator app turned on, and a full session for it. */
async function enrolledMember(email: string): Promise<StaffSession> {
  const user = await database.prisma.staffUser.create({
    data: {
      email,
      name: email,
      role: "EDITOR",
      passwordHash: await hashPassword(password, { N: 2 ** 10, r: 8, p: 1 }),
    },
  });
  const who = { userId: user.id, email };
  const offer = await enrolmentOffer(database.prisma, who, undefined);
  const code = await generate({ secret: offer!.secret, epoch: Math.floor(T0.getTime() / 1000) });
  const done = await confirmEnrolment(database.prisma, who, { code }, undefined, context, T0);
  if (!done.ok) throw new Error(done.problem);
  return (await resolveSession(database.prisma, await startSession(database.prisma, user.id, T0), T0))!;
}

async function addPasskey(staff: StaffSession, device = new SoftAuthenticator(), name = "laptop", now = T0) {
  const options = await passkeyRegistrationOptions(database.prisma, staff, party, now);
  const result = await registerPasskey(
    database.prisma,
    staff,
    { name, response: device.register(options!.challenge) },
    context,
    party,
    now,
  );
  expect(result).toEqual({ ok: true });
  return device;
}

/** The password step, leaving a session that waits for the second factor. */
async function passwordStep(email: string, now = at(60)) {
  const first = await signIn(database.prisma, { email, password }, context.address, now);
  if (!first.ok || first.stage !== "second-factor") throw new Error("password step");
  return first.token;
}

const events = (kind: string, email: string) => database.prisma.securityEvent.findMany({ where: { kind, email } });

describe("adding a passkey", () => {
  it("needs the authenticator app first", async () => {
    const user = await database.prisma.staffUser.create({
      data: { email: "no-app@test.local", name: "x", role: "EDITOR", passwordHash: "x" },
    });
    const staff = (await resolveSession(database.prisma, await startSession(database.prisma, user.id, T0), T0))!;
    expect(await passkeyRegistrationOptions(database.prisma, staff, party, T0)).toBeNull();
  });

  it("keeps a passkey whose attestation answers this session's challenge for this site, and logs it", async () => {
    const staff = await enrolledMember("add@test.local");
    await addPasskey(staff);
    const listed = await listPasskeys(database.prisma, staff);
    expect(listed).toEqual([{ id: expect.any(Number), name: "laptop", createdAt: T0, lastUsedAt: null }]);
    expect(await events("passkey-added", staff.email)).toHaveLength(1);
  });

  it("refuses an answer for another challenge, a replayed one, an expired one, another origin or RP ID", async () => {
    const staff = await enrolledMember("add-refused@test.local");
    const device = new SoftAuthenticator();
    const tryWith = async (make: (challenge: string) => unknown, answeredAt = T0) => {
      const options = await passkeyRegistrationOptions(database.prisma, staff, party, T0);
      const response = make(options!.challenge);
      return registerPasskey(database.prisma, staff, { name: "key", response }, context, party, answeredAt);
    };
    expect(await tryWith(() => device.register(b64(randomBytes(32))))).toEqual({ ok: false, problem: "refused" });
    expect(await tryWith((c) => device.register(c, { origin: "https://evil.test" }))).toEqual({
      ok: false,
      problem: "refused",
    });
    expect(await tryWith((c) => device.register(c, { rpID: "evil.test" }))).toEqual({ ok: false, problem: "refused" });
    expect(await tryWith((c) => device.register(c), at(301))).toEqual({ ok: false, problem: "expired" });
    // The right answer, given twice: the challenge is gone after the first.
    const options = await passkeyRegistrationOptions(database.prisma, staff, party, T0);
    const response = device.register(options!.challenge);
    const give = () => registerPasskey(database.prisma, staff, { name: "key", response }, context, party, T0);
    expect(await give()).toEqual({ ok: true });
    expect(await give()).toEqual({ ok: false, problem: "expired" });
    expect(await tryWith((c) => device.register(c))).toEqual({ ok: false, problem: "refused" }); // already kept
    expect(await tryWith((c) => new SoftAuthenticator().register(c))).toEqual({ ok: true });
    expect(await tryWith(() => ({}), T0)).toEqual({ ok: false, problem: "refused" });
    expect(await registerPasskey(database.prisma, staff, { name: " ", response: {} }, context, party, T0)).toEqual({
      ok: false,
      problem: "invalidName",
    });
    expect(await listPasskeys(database.prisma, staff)).toHaveLength(2);
  });
});

describe("signing in with a passkey", () => {
  let staff: StaffSession;
  let device: SoftAuthenticator;
  beforeAll(async () => {
    staff = await enrolledMember("sign-in@test.local");
    device = await addPasskey(staff);
  });

  /** The password step, a challenge, and the answer made from it; the result of the passkey step. */
  async function attempt(answer: (challenge: string) => unknown, now = at(60), token?: string, address = "192.0.2.1") {
    const pending = token ?? (await passwordStep(staff.email, now));
    const options = await passkeySignInOptions(database.prisma, pending, party, now);
    return {
      token: pending,
      result: await signInWithPasskey(database.prisma, pending, answer(options!.challenge), { address }, party, now),
    };
  }

  it("counts as the second factor: a new full session, the counter and last use kept, the method logged", async () => {
    const { token, result } = await attempt((c) => device.assert(c));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await resolvePendingSession(database.prisma, token, at(60))).toBeNull();
    expect((await resolveSession(database.prisma, result.token, at(60)))?.userId).toBe(staff.userId);
    const kept = await database.prisma.staffPasskey.findFirstOrThrow({ where: { userId: staff.userId } });
    expect([Number(kept.signCount), kept.lastUsedAt]).toEqual([device.counter, at(60)]);
    const success = await events("sign-in-success", staff.email);
    expect(success.map((e) => e.detail)).toContainEqual({ method: "passkey" });
  });

  it("refuses another challenge, a replay, an expired challenge, another origin and a lower or equal counter", async () => {
    const kept = await database.prisma.staffPasskey.findFirstOrThrow({ where: { userId: staff.userId } });
    const stored = Number(kept.signCount);
    expect(stored).toBeGreaterThan(0);
    const refusals: [string, (challenge: string) => unknown, Date?][] = [
      ["another challenge", () => device.assert(b64(randomBytes(32)))],
      ["another origin", (c) => device.assert(c, { origin: "https://evil.test" })],
      ["expired", (c) => device.assert(c), at(60 + 301)],
      ["a lower counter (a clone)", (c) => device.assert(c, { counter: stored - 1 })],
      ["the same counter", (c) => device.assert(c, { counter: stored })],
      ["a passkey of no one", (c) => new SoftAuthenticator().assert(c)],
    ];
    // Each from its own address, so the throttle (tested below) lets every one through to the check.
    for (const [i, [why, answer, answeredAt]] of refusals.entries()) {
      const token = await passwordStep(staff.email);
      const options = await passkeySignInOptions(database.prisma, token, party, at(60));
      const result = await signInWithPasskey(
        database.prisma,
        token,
        answer(options!.challenge),
        { address: `198.51.100.${i + 1}` },
        party,
        answeredAt ?? at(60),
      );
      expect(result, why).toEqual({ ok: false, reason: "wrong-code" });
    }
    // A replay: the right answer, given again once its challenge was taken.
    const token = await passwordStep(staff.email);
    const options = await passkeySignInOptions(database.prisma, token, party, at(60));
    const answer = device.assert(options!.challenge);
    expect((await signInWithPasskey(database.prisma, token, answer, context, party, at(60))).ok).toBe(true);
    const again = await passwordStep(staff.email);
    await passkeySignInOptions(database.prisma, again, party, at(60));
    expect(await signInWithPasskey(database.prisma, again, answer, context, party, at(60))).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    const failures = await events("second-factor-failure", staff.email);
    expect(failures.length).toBe(refusals.length + 1);
    expect(failures.every((e) => (e.detail as { kind: string }).kind === "passkey")).toBe(true);
  });

  it("ends the waiting session after as many refusals as wrong codes", async () => {
    const token = await passwordStep(staff.email, at(120));
    const results = [];
    for (let i = 0; i < CODE_FAILURES_PER_SESSION; i++)
      results.push(
        (await attempt(() => device.assert(b64(randomBytes(32))), at(120), token, `203.0.113.${i + 1}`)).result,
      );
    expect(results.at(-2)).toEqual({ ok: false, reason: "wrong-code" });
    expect(results.at(-1)).toEqual({ ok: false, reason: "expired" });
    expect(await passkeySignInOptions(database.prisma, token, party, at(120))).toBeNull();
  });

  it("goes through the code step's throttle: past the free failures, the next answer from that address waits", async () => {
    const wrong = () => device.assert(b64(randomBytes(32)));
    const results = [];
    for (let i = 0; i <= throttlePolicy.pair.freeFailures; i++)
      results.push((await attempt(wrong, at(900), undefined, "192.0.2.77")).result);
    expect(results.slice(0, -1).every((r) => !r.ok && r.reason === "wrong-code")).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await events("second-factor-throttled", staff.email)).not.toHaveLength(0);
  });
});

describe("removing passkeys", () => {
  it("removes only the member's own, logs it, and a reset of the second factor removes them all", async () => {
    const owner = await enrolledMember("owner@test.local");
    const other = await enrolledMember("other@test.local");
    await addPasskey(owner);
    await addPasskey(owner, new SoftAuthenticator(), "phone");
    const first = (await listPasskeys(database.prisma, owner))[0]!;
    expect(await removePasskey(database.prisma, other, { id: first.id }, context)).toBe(false);
    expect(await removePasskey(database.prisma, owner, { id: "x" }, context)).toBe(false);
    expect(await removePasskey(database.prisma, owner, { id: first.id }, context)).toBe(true);
    expect((await listPasskeys(database.prisma, owner)).map((p) => p.name)).toEqual(["phone"]);
    expect(await events("passkey-removed", owner.email)).toHaveLength(1);

    const admin = await database.prisma.staffUser.create({
      data: { email: "admin@test.local", name: "a", role: "ADMIN", passwordHash: "x" },
    });
    const adminSession = (await resolveSession(database.prisma, await startSession(database.prisma, admin.id)))!;
    expect(await resetSecondFactor(database.prisma, adminSession, { userId: owner.userId })).toBe(true);
    expect(await database.prisma.staffPasskey.count({ where: { userId: owner.userId } })).toBe(0);
  });
});
