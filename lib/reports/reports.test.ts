import { beforeAll, describe, expect, it } from "vitest";
import type { StaffSession } from "@/lib/auth/roles";
import { NotSignedInError } from "@/lib/auth/roles";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { staffSession } from "@/lib/admin/testing/staff";
import { decideReport, getReport, listReports, reportCounts, reportHistory } from "./moderation";
import { plainText } from "./plain-text";
import { reportRate, submitReport } from "./submit";

const database = setupTestDatabase();
let editor: StaffSession;
let orgSlug: string;
let orgId: number;
let key = 0;
const client = () => `test-client-${++key}`;

beforeAll(async () => {
  editor = await staffSession(database.prisma, "EDITOR");
  const org = await database.prisma.organization.findFirstOrThrow({
    where: { status: "PUBLISHED", deletedAt: null },
    orderBy: { id: "asc" },
    select: { id: true, slug: true },
  });
  orgSlug = org.slug;
  orgId = org.id;
});

const problem = (extra: Record<string, unknown> = {}) => ({
  locale: "zh",
  targetKind: "organization",
  targetSlug: orgSlug,
  message: "电话号码已经停用。",
  ...extra,
});
const suggestion = (extra: Record<string, unknown> = {}) => ({
  locale: "en",
  proposedName: "Hillside Children's Club",
  proposedWebsite: "https://hillside.example.org",
  proposedRegion: "Guizhou",
  message: "Runs an after-school centre in two villages.",
  ...extra,
});
const reports = () => database.prisma.publicReport.findMany({ orderBy: { id: "asc" } });

describe("plain text", () => {
  it("drops tags, control characters and bidirectional overrides, keeps the words", () => {
    expect(plainText("a\u0000b <script>alert(1)</script> c < d\r\ne\u202Egnp.exe\u2066x")).toBe(
      "ab alert(1) c < d\negnp.exex",
    );
    expect(plainText("<!-- hidden -->留守<b>儿童</b>")).toBe("留守儿童");
  });
});

describe("submitting a report", () => {
  it("stores a problem with its target, as plain text, and publishes nothing", async () => {
    const before = await database.prisma.organization.findUniqueOrThrow({ where: { id: orgId } });
    const outcome = await submitReport(
      database.prisma,
      "problem",
      problem({ message: "地址错了\u0000 <script>alert('x')</script>\u202Etxt.exe", contactEmail: " a@b.org " }),
      client(),
    );
    expect(outcome).toEqual({ ok: true });
    const [stored] = await reports();
    expect(stored).toMatchObject({
      kind: "PROBLEM",
      targetKind: "organization",
      targetId: orgId,
      status: "NEW",
      message: "地址错了 alert('x')txt.exe",
      contactEmail: "a@b.org",
    });
    const after = await database.prisma.organization.findUniqueOrThrow({ where: { id: orgId } });
    expect(after.version).toBe(before.version);
    await database.prisma.publicReport.deleteMany();
  });

  it("refuses a message over the limit (a 1 MB body) with a field error, storing nothing", async () => {
    const outcome = await submitReport(
      database.prisma,
      "problem",
      problem({ message: "字".repeat(1_048_576) }),
      client(),
    );
    expect(outcome).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { message: { key: "tooLong", limit: 4000 } },
    });
    const blank = await submitReport(
      database.prisma,
      "suggestion",
      suggestion({ proposedName: "<b></b>\u0000" }),
      client(),
    );
    expect(blank).toMatchObject({ ok: false, fieldErrors: { proposedName: { key: "required" } } });
    const script = await submitReport(
      database.prisma,
      "suggestion",
      suggestion({ proposedWebsite: "javascript:alert(1)" }),
      client(),
    );
    expect(script).toMatchObject({ ok: false, fieldErrors: { proposedWebsite: { key: "invalidUrl" } } });
    expect(await reports()).toEqual([]);
  });

  it("refuses a problem on a record that is not public", async () => {
    const draft = await database.prisma.organization.findFirst({ where: { status: "DRAFT" } });
    const slug = draft?.slug ?? "no-such-organization";
    expect(await submitReport(database.prisma, "problem", problem({ targetSlug: slug }), client())).toEqual({
      ok: false,
      reason: "unknown-target",
    });
    expect(
      await submitReport(database.prisma, "problem", problem({ targetKind: "staff", targetSlug: orgSlug }), client()),
    ).toMatchObject({ ok: false, reason: "invalid" });
    expect(await reports()).toEqual([]);
  });

  it("drops a filled honeypot silently, but counts it against the client", async () => {
    const bot = client();
    expect(await submitReport(database.prisma, "suggestion", suggestion({ website: "http://spam" }), bot)).toEqual({
      ok: true,
    });
    expect(await reports()).toEqual([]);
    for (let i = 1; i < reportRate.limit; i++) await submitReport(database.prisma, "suggestion", suggestion(), bot);
    expect(await submitReport(database.prisma, "suggestion", suggestion(), bot)).toMatchObject({
      ok: false,
      reason: "rate-limited",
    });
    expect(await reports()).toHaveLength(reportRate.limit - 1);
    await database.prisma.publicReport.deleteMany();
  });

  it("limits each client to its quota per hour, and only that client", async () => {
    const busy = client();
    const outcomes = [];
    for (let i = 0; i < reportRate.limit + 2; i++)
      outcomes.push((await submitReport(database.prisma, "problem", problem(), busy)).ok);
    expect(outcomes.filter(Boolean)).toHaveLength(reportRate.limit);
    expect(outcomes.slice(reportRate.limit)).toEqual([false, false]);
    const refused = await submitReport(database.prisma, "problem", problem(), busy);
    expect(refused).toMatchObject({ ok: false, reason: "rate-limited" });
    if (!refused.ok && refused.reason === "rate-limited") expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect((await submitReport(database.prisma, "problem", problem(), client())).ok).toBe(true);
    expect(await reports()).toHaveLength(reportRate.limit + 1);
    await database.prisma.publicReport.deleteMany();
  });
});

describe("moderating reports", () => {
  const at = (iso: string) => new Date(iso);

  it("lists open reports oldest first, decided ones newest decision first, and counts open ones", async () => {
    const p = database.prisma;
    const data = { locale: "zh", message: "m" };
    await p.publicReport.create({
      data: { ...data, kind: "SUGGESTION", proposedName: "B", createdAt: at("2026-11-02T00:00:00Z") },
    });
    await p.publicReport.create({
      data: {
        ...data,
        kind: "PROBLEM",
        targetKind: "organization",
        targetId: orgId,
        createdAt: at("2026-11-01T00:00:00Z"),
      },
    });
    await p.publicReport.create({
      data: { ...data, kind: "SUGGESTION", proposedName: "C", createdAt: at("2026-11-03T00:00:00Z") },
    });
    const open = await listReports(p, editor, "open");
    expect(open.map((r) => r.createdAt.toISOString().slice(0, 10))).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
    expect(open[0]!.target?.snapshot?.id).toBe(orgId);
    expect(await reportCounts(p, editor)).toEqual({ problems: 1, suggestions: 2 });

    expect(
      await decideReport(p, editor, { decision: "reject", id: open[2]!.id, reason: "不是公益组织" }),
    ).toMatchObject({ ok: true });
    expect(
      await decideReport(p, editor, { decision: "duplicate", id: open[1]!.id, duplicateOf: open[2]!.id }),
    ).toMatchObject({ ok: true });
    const decided = await listReports(p, editor, "decided");
    expect(decided.map((r) => r.id)).toEqual([open[1]!.id, open[2]!.id]);
    expect(await reportCounts(p, editor)).toEqual({ problems: 1, suggestions: 0 });
    await p.auditEntry.deleteMany({ where: { recordType: "report" } });
    await p.publicReport.deleteMany();
  });

  it("accepts a suggestion as a draft organization, audited with the decision in one go", async () => {
    const p = database.prisma;
    await submitReport(p, "suggestion", suggestion(), client());
    const [report] = await reports();
    const outcome = await decideReport(p, editor, { decision: "accept", id: String(report!.id) });
    expect(outcome).toMatchObject({ ok: true, decision: "accept", open: { kind: "organization" } });
    const orgIdCreated = outcome.ok ? outcome.open!.id : 0;
    const draft = await p.organization.findUniqueOrThrow({ where: { id: orgIdCreated } });
    expect(draft).toMatchObject({
      status: "DRAFT",
      nameZh: "Hillside Children's Club",
      website: "https://hillside.example.org",
    });
    expect(draft.descriptionZh).toContain("Guizhou");
    const stored = await p.publicReport.findUniqueOrThrow({ where: { id: report!.id } });
    expect(stored).toMatchObject({
      status: "ACCEPTED",
      createdOrganizationId: orgIdCreated,
      decidedById: editor.userId,
    });
    const audit = await p.auditEntry.findMany({ where: { staffId: editor.userId }, orderBy: { id: "asc" } });
    expect(audit.map((e) => [e.recordType, e.action])).toEqual(
      expect.arrayContaining([
        ["organization", "create"],
        ["report", "accept"],
      ]),
    );
    // Decided once only.
    expect(await decideReport(p, editor, { decision: "reject", id: report!.id, reason: "late" })).toEqual({
      ok: false,
      reason: "already-decided",
    });
    expect((await getReport(p, editor, report!.id))?.status).toBe("ACCEPTED");
  });

  it("accepts a problem by pointing to the record, and records who decided", async () => {
    const p = database.prisma;
    await submitReport(p, "problem", problem(), client());
    const report = await p.publicReport.findFirstOrThrow({ where: { status: "NEW" } });
    expect(await decideReport(p, editor, { decision: "accept", id: report.id })).toEqual({
      ok: true,
      decision: "accept",
      open: { kind: "organization", id: orgId },
    });
    const history = await reportHistory(p, editor, report.id);
    expect(history).toMatchObject([{ action: "accept", staff: { name: editor.name } }]);
  });

  it("needs a reason to reject, and an existing other report to mark a duplicate", async () => {
    const p = database.prisma;
    await submitReport(p, "problem", problem(), client());
    const report = await p.publicReport.findFirstOrThrow({ where: { status: "NEW" } });
    expect(await decideReport(p, editor, { decision: "reject", id: report.id, reason: "  <i></i> " })).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { reason: { key: "required" } },
    });
    expect(await decideReport(p, editor, { decision: "duplicate", id: report.id, duplicateOf: report.id })).toEqual({
      ok: false,
      reason: "duplicate-target",
    });
    expect(await decideReport(p, editor, { decision: "duplicate", id: report.id, duplicateOf: 999_999 })).toEqual({
      ok: false,
      reason: "duplicate-target",
    });
    expect(await decideReport(p, editor, { decision: "publish", id: report.id })).toMatchObject({ reason: "invalid" });
    expect(await decideReport(p, editor, { decision: "accept", id: 999_999 })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect((await p.publicReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("NEW");
    expect(await p.auditEntry.count({ where: { recordType: "report", recordId: report.id } })).toBe(0);

    expect(await decideReport(p, editor, { decision: "reject", id: report.id, reason: "信息无误" })).toMatchObject({
      ok: true,
    });
    const [entry] = await reportHistory(p, editor, report.id);
    expect(entry).toMatchObject({ action: "reject", after: { status: "REJECTED", reason: "信息无误" } });
  });

  it("the database refuses a rejection without a reason and a report that is both kinds", async () => {
    const p = database.prisma;
    const report = await p.publicReport.create({
      data: { kind: "SUGGESTION", proposedName: "X", locale: "zh", message: "m" },
    });
    await expect(
      p.publicReport.update({ where: { id: report.id }, data: { status: "REJECTED", decidedAt: new Date() } }),
    ).rejects.toThrow();
    await expect(
      p.publicReport.update({ where: { id: report.id }, data: { targetKind: "organization", targetId: orgId } }),
    ).rejects.toThrow();
  });

  it("refuses everything without a session", async () => {
    const p = database.prisma;
    await expect(listReports(p, null)).rejects.toBeInstanceOf(NotSignedInError);
    await expect(reportCounts(p, null)).rejects.toBeInstanceOf(NotSignedInError);
    await expect(decideReport(p, null, { decision: "accept", id: 1 })).rejects.toBeInstanceOf(NotSignedInError);
  });
});
