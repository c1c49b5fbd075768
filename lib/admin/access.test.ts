import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { changeOwnPassword, createStaffAccount, listStaffAccounts, setStaffDisabled } from "@/lib/auth/accounts";
import { ForbiddenError, NotSignedInError, type StaffSession } from "@/lib/auth/roles";
import { SESSION_COOKIE } from "@/lib/auth/session";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { exportResponse } from "./export-response";
import { deleteRecord, markReviewed, restoreVersion, saveRecord, setPublished, undeleteRecord } from "./operations";
import {
  getRecord,
  linkChoices,
  listRecords,
  listParamsSchema,
  recordHistory,
  regionChildren,
  regionPickerStart,
} from "./queries";
import { regionsResponse } from "./regions-response";
import { exportCsv, exportRecordsJson, importCsv } from "./transfer";
import { importFigures } from "./figures";
import { staffSession } from "./testing/staff";
import { confirmEnrolment, enrolmentOffer, resetSecondFactor } from "@/lib/auth/second-factor";
import { setSecondFactorPolicy } from "@/lib/auth/second-factor-policy";
import { listPasskeys, passkeyRegistrationOptions, registerPasskey, removePasskey } from "@/lib/auth/passkey";
import { clearThrottleAsAdmin, eventQuerySchema, listSecurityEvents, listThrottles } from "@/lib/security/admin";
import { decideReport, getReport, listReports, reportCounts, reportHistory } from "@/lib/reports/moderation";

const database = setupTestDatabase();
let editor: StaffSession;
let admin: StaffSession;
let needId: number;

beforeAll(async () => {
  editor = await staffSession(database.prisma, "EDITOR");
  admin = await staffSession(database.prisma, "ADMIN");
  needId = (await database.prisma.need.findFirstOrThrow({ select: { id: true } })).id;
});

type Operation = { role: "EDITOR" | "ADMIN"; run: (session: StaffSession | null) => Promise<unknown> };

// Every operation a server action or page of the staff area calls, with the role it needs.
const operations = (): Record<string, Operation> => {
  const p = database.prisma;
  const target = () => ({ kind: "need", id: needId, version: 1 });
  return {
    saveRecord: { role: "EDITOR", run: (s) => saveRecord(p, s, { kind: "need", values: {} }) },
    setPublished: { role: "EDITOR", run: (s) => setPublished(p, s, { ...target(), published: false }) },
    markReviewed: { role: "EDITOR", run: (s) => markReviewed(p, s, { ...target(), method: "PHONE_CALL" }) },
    deleteRecord: { role: "EDITOR", run: (s) => deleteRecord(p, s, target()) },
    undeleteRecord: { role: "EDITOR", run: (s) => undeleteRecord(p, s, target()) },
    restoreVersion: { role: "EDITOR", run: (s) => restoreVersion(p, s, { ...target(), entryId: 1 }) },
    importCsv: { role: "EDITOR", run: (s) => importCsv(p, s, "need", new TextEncoder().encode("slug\n"), true) },
    importFigures: { role: "EDITOR", run: (s) => importFigures(p, s, new TextEncoder().encode("region_code\n"), true) },
    exportCsv: { role: "EDITOR", run: (s) => exportCsv(p, s, "need") },
    exportRecordsJson: { role: "ADMIN", run: (s) => exportRecordsJson(p, s) },
    listRecords: { role: "EDITOR", run: (s) => listRecords(p, s, "need", listParamsSchema.parse({})) },
    getRecord: { role: "EDITOR", run: (s) => getRecord(p, s, "need", needId) },
    recordHistory: { role: "EDITOR", run: (s) => recordHistory(p, s, "need", needId) },
    linkChoices: { role: "EDITOR", run: (s) => linkChoices(p, s) },
    regionPickerStart: { role: "EDITOR", run: (s) => regionPickerStart(p, s, ["110101"]) },
    regionChildren: { role: "EDITOR", run: (s) => regionChildren(p, s, "110000") },
    listStaffAccounts: { role: "ADMIN", run: (s) => listStaffAccounts(p, s) },
    createStaffAccount: {
      role: "ADMIN",
      run: (s) =>
        createStaffAccount(p, s, { email: "x@y.org", name: "X", role: "ADMIN", password: "long enough password" }),
    },
    setStaffDisabled: { role: "ADMIN", run: (s) => setStaffDisabled(p, s, { userId: admin.userId, disabled: true }) },
    changeOwnPassword: { role: "EDITOR", run: (s) => changeOwnPassword(p, s, {}) },
    listReports: { role: "EDITOR", run: (s) => listReports(p, s, "open") },
    getReport: { role: "EDITOR", run: (s) => getReport(p, s, 1) },
    reportCounts: { role: "EDITOR", run: (s) => reportCounts(p, s) },
    reportHistory: { role: "EDITOR", run: (s) => reportHistory(p, s, 1) },
    decideReport: { role: "EDITOR", run: (s) => decideReport(p, s, { decision: "accept", id: 1 }) },
    enrolmentOffer: { role: "EDITOR", run: (s) => enrolmentOffer(p, s, undefined) },
    confirmEnrolment: { role: "EDITOR", run: (s) => confirmEnrolment(p, s, { code: "000000" }, undefined) },
    listPasskeys: { role: "EDITOR", run: (s) => listPasskeys(p, s) },
    passkeyRegistrationOptions: { role: "EDITOR", run: (s) => passkeyRegistrationOptions(p, s) },
    registerPasskey: { role: "EDITOR", run: (s) => registerPasskey(p, s, { name: "x", response: {} }) },
    removePasskey: { role: "EDITOR", run: (s) => removePasskey(p, s, { id: 1 }) },
    resetSecondFactor: { role: "ADMIN", run: (s) => resetSecondFactor(p, s, { userId: admin.userId }) },
    setSecondFactorPolicy: { role: "ADMIN", run: (s) => setSecondFactorPolicy(p, s, { requireForAll: true }) },
    listSecurityEvents: { role: "ADMIN", run: (s) => listSecurityEvents(p, s, eventQuerySchema.parse({})) },
    listThrottles: { role: "ADMIN", run: (s) => listThrottles(p, s) },
    clearThrottleAsAdmin: { role: "ADMIN", run: (s) => clearThrottleAsAdmin(p, s, { key: "ip:192.0.2.1" }) },
  };
};

// Which operations each server action of the staff area calls (signIn/signOut/locale need no session by design).
const actionsCall: Record<string, string[]> = {
  signInAction: [],
  signOutAction: [],
  setAdminLocaleAction: [],
  saveRecordAction: ["saveRecord"],
  recordStateAction: ["setPublished", "markReviewed", "deleteRecord", "undeleteRecord", "restoreVersion"],
  importAction: ["importCsv"],
  figuresImportAction: ["importFigures"],
  createAccountAction: ["createStaffAccount"],
  setAccountDisabledAction: ["setStaffDisabled"],
  changePasswordAction: ["changeOwnPassword"],
  decideReportAction: ["decideReport"],
  // The code step of sign-in checks its own waiting session (lib/auth/second-factor-sign-in.ts).
  secondFactorSignInAction: [],
  confirmEnrolmentAction: ["confirmEnrolment"],
  clearThrottleAction: ["clearThrottleAsAdmin"],
  setSecondFactorPolicyAction: ["setSecondFactorPolicy"],
  resetSecondFactorAction: ["resetSecondFactor"],
  passkeyRegistrationOptionsAction: ["passkeyRegistrationOptions"],
  registerPasskeyAction: ["registerPasskey"],
  removePasskeyAction: ["removePasskey"],
  // Like the code step: the waiting session is checked in lib/auth/passkey-sign-in.ts.
  passkeySignInOptionsAction: [],
  passkeySignInAction: [],
};

const adminDir = path.resolve(import.meta.dirname, "../../app/(admin)/admin");
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );

describe("access to staff operations", () => {
  it("knows every server action of the staff area (a new action must be listed here)", () => {
    // Every "use server" file under the staff area, not only the main one.
    const files = sourceFiles(adminDir).filter((file) => /^["']use server["']/m.test(readFileSync(file, "utf8")));
    expect(files.length).toBeGreaterThan(1);
    const sources = files.map((file) => readFileSync(file, "utf8"));
    const exported = sources.flatMap((source) => [...source.matchAll(/export async function (\w+)/g)].map((m) => m[1]));
    expect(exported.sort()).toEqual(Object.keys(actionsCall).sort());
    for (const [action, called] of Object.entries(actionsCall)) {
      const source = sources.find((text) => text.includes(`function ${action}(`))!;
      const body = source.slice(source.indexOf(`function ${action}(`));
      for (const name of called) expect(body, `${action} calls ${name}`).toContain(`${name}(`);
    }
  });

  it("lists, for every action, operations that exist and check the session", () => {
    const known = Object.keys(operations());
    for (const called of Object.values(actionsCall)) for (const name of called) expect(known).toContain(name);
  });

  it("refuses every operation without a session", async () => {
    // The test accounts' own creation is audited; nothing else may be.
    const before = await database.prisma.auditEntry.count();
    for (const [name, op] of Object.entries(operations())) {
      await expect(op.run(null), name).rejects.toBeInstanceOf(NotSignedInError);
    }
    expect(await database.prisma.auditEntry.count()).toBe(before);
  });

  it("refuses admin-only operations to an editor, and lets the editor do the rest", async () => {
    for (const [name, op] of Object.entries(operations())) {
      if (op.role === "ADMIN") await expect(op.run(editor), name).rejects.toBeInstanceOf(ForbiddenError);
      else await op.run(editor);
    }
    expect(await database.prisma.staffUser.count({ where: { email: "x@y.org" } })).toBe(0);
    expect((await database.prisma.staffUser.findUniqueOrThrow({ where: { id: admin.userId } })).disabledAt).toBeNull();
    expect(await database.prisma.securitySetting.count()).toBe(0);
    expect(
      await database.prisma.securityEvent.count({ where: { kind: { in: ["second-factor-reset", "throttle-clear"] } } }),
    ).toBe(0);
  });
});

describe("the staff route handlers", () => {
  const routeFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : [],
    );

  // Each staff route handler, with the function that checks its session; a new one must be added here.
  const handlers: Record<string, string> = {
    [path.join("export", "[kind]", "route.ts")]: "exportResponse(",
    [path.join("regions", "[code]", "route.ts")]: "regionsResponse(",
  };

  it("are exactly the listed ones, and each goes through its checked response", () => {
    const files = routeFiles(adminDir);
    expect(files.map((f) => path.relative(adminDir, f)).sort()).toEqual(Object.keys(handlers).sort());
    for (const file of files) expect(readFileSync(file, "utf8")).toContain(handlers[path.relative(adminDir, file)]);
  });

  it("give the region picker's next level to staff only", async () => {
    const ask = (code: string, cookie?: string) =>
      regionsResponse(
        new Request(`http://test/admin/regions/${code}`, {
          headers: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {},
        }),
        code,
        database.prisma,
      );
    expect((await ask("520000")).status).toBe(401);
    const token = await import("@/lib/auth/session").then((m) => m.startSession(database.prisma, editor.userId));
    expect((await ask("52000", token)).status).toBe(400);
    const cities = await ask("520000", token);
    expect(cities.status).toBe(200);
    const rows = (await cities.json()) as { code: string; nameZh: string }[];
    expect(rows.map((r) => r.code)).toContain("522600");
    expect(rows.every((r) => r.code.startsWith("52") && r.code.endsWith("00"))).toBe(true);
    const start = await regionPickerStart(database.prisma, editor, ["522601", "520000"]);
    expect(start.provinces).toHaveLength(await database.prisma.region.count({ where: { parentCode: null } }));
    expect(start.names).toEqual({ "522601": "贵州省 黔东南苗族侗族自治州 凯里市", "520000": "贵州省" });
  });

  const get = (what: string, cookie?: string) =>
    exportResponse(
      new Request(`http://test/admin/export/${what}`, {
        headers: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {},
      }),
      what,
      database.prisma,
    );

  it("answers 401 without a session or with an unknown one", async () => {
    expect((await get("organization")).status).toBe(401);
    expect((await get("database", "forged-token")).status).toBe(401);
  });

  it("gives editors CSV but not the whole database", async () => {
    const token = await import("@/lib/auth/session").then((m) => m.startSession(database.prisma, editor.userId));
    const csv = await get("organization", token);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM that makes Excel read UTF-8
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("id,status,deleted,version,slug,nameZh")).toBe(true);
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(1 + 66);
    expect((await get("database", token)).status).toBe(403);
  });

  it("gives admins the whole database as JSON, without staff accounts", async () => {
    const token = await import("@/lib/auth/session").then((m) => m.startSession(database.prisma, admin.userId));
    const response = await get("database", token);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.organization).toHaveLength(66);
    expect(JSON.stringify(body)).not.toContain("scrypt$");
  });
});
