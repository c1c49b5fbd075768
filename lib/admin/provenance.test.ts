import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { StaffSession } from "@/lib/auth/roles";
import { readCsv } from "@/lib/csv/read";
import { toCsv } from "@/lib/csv/write";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { loadDataAsOf } from "@/lib/records/data-as-of";
import { loadModeDetail } from "@/lib/records/modes";
import { loadOrganizationDetail } from "@/lib/records/organizations";
import { isVerificationLapsed, verificationCutoff } from "@/lib/records/review";
import { markReviewed, saveRecord, setPublished } from "./operations";
import { reviewDueCounts, reviewQueue } from "./review-queue";
import { staffSession } from "./testing/staff";
import { exportCsv, exportRecordsJson, importCsv } from "./transfer";

const database = setupTestDatabase();
let editor: StaffSession;
const DAY = 24 * 3600 * 1000;
const bytes = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  editor = await staffSession(database.prisma, "EDITOR");
});

const source = (n: number, overrides: Record<string, unknown> = {}) => ({
  title: `来源 ${n}`,
  publisher: "民政部",
  url: `https://example.org/${n}`,
  accessedOn: "2026-11-01",
  supportsZh: `支持第 ${n} 条事实`,
  supportsEn: "",
  ...overrides,
});

const organization = (overrides: Record<string, unknown> = {}) => ({
  slug: "sourced-org",
  nameZh: "有来源的机构",
  type: "GRASSROOTS_NGO",
  descriptionZh: "在县里做陪伴。",
  modes: [],
  regions: ["510104"],
  ...overrides,
});

async function publishedOrganization(slug: string, reviewedDaysAgo: number | null, isSample = false) {
  const saved = await saveRecord(database.prisma, editor, { kind: "organization", values: organization({ slug }) });
  if (!saved.ok) throw new Error(`cannot create ${slug}`);
  await database.prisma.organization.update({
    where: { id: saved.id },
    data: {
      status: "PUBLISHED",
      isSample,
      reviewedAt: reviewedDaysAgo === null ? null : new Date(Date.now() - reviewedDaysAgo * DAY),
    },
  });
  return saved.id;
}

describe("sources", () => {
  it("are saved with the record, in order, audited, and refused from a stale version", async () => {
    const created = await saveRecord(database.prisma, editor, {
      kind: "organization",
      values: organization({ sources: [source(1), source(2, { publisher: "" })] }),
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const rows = await database.prisma.recordSource.findMany({
      where: { organizationId: created.id },
      orderBy: { position: "asc" },
    });
    expect(rows.map((r) => [r.title, r.publisher, r.accessedOn?.toISOString().slice(0, 10)])).toEqual([
      ["来源 1", "民政部", "2026-11-01"],
      ["来源 2", null, "2026-11-01"],
    ]);
    const audit = await database.prisma.auditEntry.findFirstOrThrow({
      where: { recordType: "organization", recordId: created.id, action: "create" },
    });
    expect((audit.after as { values: { sources: unknown[] } }).values.sources).toHaveLength(2);

    const edited = await saveRecord(database.prisma, editor, {
      kind: "organization",
      id: created.id,
      version: 1,
      values: organization({ sources: [source(3)] }),
    });
    expect(edited).toMatchObject({ ok: true, version: 2 });
    // A second editor still on version 1 cannot overwrite the sources.
    const stale = await saveRecord(database.prisma, editor, {
      kind: "organization",
      id: created.id,
      version: 1,
      values: organization({ sources: [] }),
    });
    expect(stale).toMatchObject({ ok: false, reason: "conflict" });
    expect(
      (await database.prisma.recordSource.findMany({ where: { organizationId: created.id } })).map((r) => r.title),
    ).toEqual(["来源 3"]);
  });

  it("refuses hostile sources with field errors, never a crash, and writes nothing", async () => {
    const before = await database.prisma.recordSource.count();
    const tooMany = Array.from({ length: 21 }, (_, i) => source(i));
    const cases: [unknown, string][] = [
      [[source(1, { url: "javascript:alert(1)" })], "sources.0.url"],
      [[source(1, { title: "   " })], "sources.0.title"],
      [[source(1, { supportsZh: "x".repeat(501) })], "sources.0.supportsZh"],
      [[source(1, { accessedOn: "2026-02-30" })], "sources.0.accessedOn"],
      [tooMany, "sources"],
      ["not a list", "sources"],
    ];
    for (const [sources, field] of cases) {
      const result = await saveRecord(database.prisma, editor, {
        kind: "organization",
        values: organization({ slug: "hostile-org", sources }),
      });
      expect(result.ok, field).toBe(false);
      if (!result.ok && result.reason === "invalid") expect(Object.keys(result.fieldErrors)).toContain(field);
    }
    expect(await database.prisma.recordSource.count()).toBe(before);
  });

  it("refuses hostile trust fields and annual reports with field errors, never a crash, and writes nothing", async () => {
    const before = await database.prisma.organization.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ creditCode: "<script>alert(1)</script>" }, "creditCode"],
      [{ creditCode: "5".repeat(1_000_000) }, "creditCode"],
      [{ creditCode: "53100000500021676\u0000" }, "creditCode"],
      [{ legalForm: "'; DROP TABLE organization; --" }, "legalForm"],
      [{ registeredOn: "2026-13-45" }, "registeredOn"],
      [{ charityRecognisedOn: "<b>2020-01-01</b>" }, "charityRecognisedOn"],
      [{ charityChinaUrl: "javascript:alert(1)" }, "charityChinaUrl"],
      [{ registrationAuthorityZh: "民".repeat(201) }, "registrationAuthorityZh"],
      [{ annualReports: [{ year: "abc", url: "" }] }, "annualReports.0.year"],
      [{ annualReports: [{ year: "1e9", url: "" }] }, "annualReports.0.year"],
      [{ annualReports: [{ year: "2024", url: "javascript:alert(1)" }] }, "annualReports.0.url"],
      [{ annualReports: Array.from({ length: 61 }, (_, i) => ({ year: String(1950 + i) })) }, "annualReports"],
      [{ annualReports: "not a list" }, "annualReports"],
    ];
    for (const [values, field] of cases) {
      const result = await saveRecord(database.prisma, editor, {
        kind: "organization",
        values: organization({ slug: "hostile-trust-org", ...values }),
      });
      expect(result, field).toMatchObject({ ok: false, reason: "invalid" });
      if (!result.ok && result.reason === "invalid") expect(Object.keys(result.fieldErrors), field).toContain(field);
    }
    expect(await database.prisma.organization.count()).toBe(before);
  });

  it("a mode's evidence needs a cited source, and the page shows it only with one", async () => {
    const mode = await database.prisma.interventionMode.findFirstOrThrow({
      where: { status: "PUBLISHED", deletedAt: null },
      include: { needs: true },
    });
    const values = {
      slug: mode.slug,
      nameZh: mode.nameZh,
      summaryZh: mode.summaryZh,
      descriptionZh: mode.descriptionZh,
      sortOrder: String(mode.sortOrder),
      isSample: mode.isSample,
      needs: mode.needs.map((n) => ({ needId: n.needId, howZh: n.howZh })),
      evidenceZh: "评估显示儿童的孤独感下降。",
    };
    const refused = await saveRecord(database.prisma, editor, {
      kind: "mode",
      id: mode.id,
      version: mode.version,
      values: { ...values, sources: [] },
    });
    expect(refused).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { evidenceZh: { key: "evidenceNeedsSource" } },
    });
    const saved = await saveRecord(database.prisma, editor, {
      kind: "mode",
      id: mode.id,
      version: mode.version,
      values: { ...values, sources: [source(1)] },
    });
    expect(saved.ok).toBe(true);
    const detail = await loadModeDetail(database.prisma, mode.slug, "zh");
    expect(detail).toMatchObject({ evidence: "评估显示儿童的孤独感下降。", sources: [{ title: "来源 1" }] });
    // Sources removed behind the form's back (as by a bad import script): the claim is no longer shown.
    await database.prisma.recordSource.deleteMany({ where: { modeId: mode.id } });
    expect((await loadModeDetail(database.prisma, mode.slug, "zh"))?.evidence).toBeNull();
  });
});

describe("annual reports", () => {
  it("are a list by year; the latest year is derived; a repeated year is refused", async () => {
    const id = await publishedOrganization("reporting-org", 10);
    const org = await database.prisma.organization.findUniqueOrThrow({ where: { id } });
    const reports = [
      { year: "2023", url: "https://example.org/2023.pdf" },
      { year: "2025", url: "" },
    ];
    const saved = await saveRecord(database.prisma, editor, {
      kind: "organization",
      id,
      version: org.version,
      values: organization({ slug: "reporting-org", annualReports: reports }),
    });
    expect(saved.ok).toBe(true);
    const detail = await loadOrganizationDetail(database.prisma, "reporting-org", "zh");
    expect(detail?.trust.annualReports).toEqual([
      { year: 2025, url: null },
      { year: 2023, url: "https://example.org/2023.pdf" },
    ]);
    const twice = await saveRecord(database.prisma, editor, {
      kind: "organization",
      id,
      version: org.version + 1,
      values: organization({ slug: "reporting-org", annualReports: [...reports, { year: "2025", url: "" }] }),
    });
    expect(twice).toMatchObject({ ok: false, fieldErrors: { "annualReports.2.year": { key: "duplicate" } } });
  });
});

describe("the review routine", () => {
  afterEach(() => {
    delete process.env.REVIEW_DUE_MONTHS;
  });

  it("lists published real records due for review, never reviewed first, then oldest first", async () => {
    const old = await publishedOrganization("due-old", 800);
    const older = await publishedOrganization("due-older", 900);
    const never = await publishedOrganization("due-never", null);
    const recent = await publishedOrganization("due-recent", 100);
    const sample = await publishedOrganization("due-sample", null, true);
    const queue = await reviewQueue(database.prisma, editor, { kind: "organization", months: 12 });
    const ids = queue.records.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([old, older, never]));
    expect(ids).not.toContain(recent);
    expect(ids).not.toContain(sample);
    expect(ids.indexOf(never)).toBeLessThan(ids.indexOf(older));
    expect(ids.indexOf(older)).toBeLessThan(ids.indexOf(old));
    const times = queue.records.map((r) => r.reviewedAt?.getTime() ?? -Infinity);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(queue.counts.organization).toBe(queue.records.length);
    // The age is a setting: at 3 months the record reviewed 100 days ago is due too.
    const shorter = await reviewQueue(database.prisma, editor, { kind: "organization", months: 3 });
    expect(shorter.records.map((r) => r.id)).toContain(recent);
    expect(shorter.counts.organization).toBe(queue.counts.organization + 1);
  });

  it("takes its default age from REVIEW_DUE_MONTHS, 12 months when unset", async () => {
    expect((await reviewDueCounts(database.prisma, editor)).months).toBe(12);
    process.env.REVIEW_DUE_MONTHS = "3";
    const counts = await reviewDueCounts(database.prisma, editor);
    expect(counts.months).toBe(3);
    expect(counts.counts.organization).toBe((await reviewDueCounts(database.prisma, editor, 3)).counts.organization);
  });

  it("records who, when and how a record was reviewed, in the record and its audit entry", async () => {
    const id = await publishedOrganization("reviewed-by-phone", 500);
    const { version } = await database.prisma.organization.findUniqueOrThrow({ where: { id } });
    const result = await markReviewed(database.prisma, editor, {
      kind: "organization",
      id,
      version,
      method: "PHONE_CALL",
    });
    expect(result.ok).toBe(true);
    const row = await database.prisma.organization.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ reviewMethod: "PHONE_CALL", reviewedById: editor.userId, version: version + 1 });
    expect(Date.now() - row.reviewedAt!.getTime()).toBeLessThan(60_000);
    const entry = await database.prisma.auditEntry.findFirstOrThrow({
      where: { recordType: "organization", recordId: id, action: "review" },
    });
    expect(entry.staffId).toBe(editor.userId);
    expect(entry.after).toMatchObject({ reviewMethod: "PHONE_CALL", reviewedById: editor.userId });
    expect(entry.before).toMatchObject({ reviewMethod: null });
    const queue = await reviewQueue(database.prisma, editor, { kind: "organization" });
    expect(queue.records.map((r) => r.id)).not.toContain(id);
    const detail = await loadOrganizationDetail(database.prisma, "reviewed-by-phone", "en");
    expect(detail?.verification).toMatchObject({ method: "PHONE_CALL", isSample: false });
  });

  it("refuses a review without a method, or with one it does not know, and records nothing", async () => {
    const id = await publishedOrganization("unreviewed", 500);
    const { version } = await database.prisma.organization.findUniqueOrThrow({ where: { id } });
    for (const method of [undefined, "", "GUESS", "<script>"]) {
      await expect(
        markReviewed(database.prisma, editor, { kind: "organization", id, version, method }),
      ).rejects.toThrow();
    }
    expect(await database.prisma.auditEntry.count({ where: { recordId: id, action: "review" } })).toBe(0);
    expect((await database.prisma.organization.findUniqueOrThrow({ where: { id } })).reviewMethod).toBeNull();
  });

  it("flags organizations not verified for over 24 months (or never)", () => {
    const now = new Date("2026-11-29T00:00:00Z");
    expect(isVerificationLapsed(null, now)).toBe(true);
    expect(isVerificationLapsed(new Date("2024-11-01T00:00:00Z"), now)).toBe(true);
    expect(isVerificationLapsed(new Date("2025-01-01T00:00:00Z"), now)).toBe(false);
    expect(verificationCutoff(now).toISOString().slice(0, 7)).toBe("2024-11");
  });

  it("dates the data by the latest publication, edit or review of a published record", async () => {
    const before = await loadDataAsOf(database.prisma);
    const id = await publishedOrganization("fresh-org", 1);
    const { version } = await database.prisma.organization.findUniqueOrThrow({ where: { id } });
    await setPublished(database.prisma, editor, { kind: "organization", id, version, published: true });
    const after = await loadDataAsOf(database.prisma);
    expect(after!.getTime()).toBeGreaterThan(before?.getTime() ?? 0);
    // A draft's edits do not move it.
    await saveRecord(database.prisma, editor, { kind: "organization", values: organization({ slug: "draft-org" }) });
    expect((await loadDataAsOf(database.prisma))!.getTime()).toBe(after!.getTime());
  });
});

describe("CSV with sources and annual reports", () => {
  it("exports them and imports the export back unchanged; an edited cell is an update", async () => {
    const id = await publishedOrganization("csv-sourced", 10);
    const org = await database.prisma.organization.findUniqueOrThrow({ where: { id } });
    const saved = await saveRecord(database.prisma, editor, {
      kind: "organization",
      id,
      version: org.version,
      values: organization({
        slug: "csv-sourced",
        sources: [source(1, { title: '含 "引号", 逗号; 和分号', supportsEn: "the founding year" })],
        annualReports: [{ year: "2024", url: "https://example.org/r.pdf" }],
      }),
    });
    expect(saved.ok).toBe(true);
    const csv = await exportCsv(database.prisma, editor, "organization");
    const read = readCsv(csv);
    if (!read.ok) throw new Error("export unreadable");
    const header = read.header.cells;
    const row = read.rows.find((r) => r.cells[header.indexOf("slug")] === "csv-sourced")!.cells;
    expect(JSON.parse(row[header.indexOf("sources")]!)).toEqual([
      {
        title: '含 "引号", 逗号; 和分号',
        publisher: "民政部",
        url: "https://example.org/1",
        accessedOn: "2026-11-01",
        supportsZh: "支持第 1 条事实",
        supportsEn: "the founding year",
      },
    ]);
    expect(JSON.parse(row[header.indexOf("annualReports")]!)).toEqual([
      { year: 2024, url: "https://example.org/r.pdf" },
    ]);

    const same = await importCsv(database.prisma, editor, "organization", bytes(csv), false);
    expect(same).toMatchObject({ ok: true, updated: 0, created: 0 });

    const edited = [...row];
    edited[header.indexOf("sources")] = JSON.stringify([{ title: "新来源", supportsZh: "成立年份" }]);
    edited[header.indexOf("annualReports")] = JSON.stringify([
      { year: 2025 },
      { year: 2024, url: "https://example.org/r.pdf" },
    ]);
    const file = toCsv([header, edited]);
    const dry = await importCsv(database.prisma, editor, "organization", bytes(file), false);
    expect(dry).toMatchObject({ ok: true, updated: 1 });
    expect(dry.plan[0]!.changes.map((c) => c.field).sort()).toEqual(["annualReports", "sources"]);
    const applied = await importCsv(database.prisma, editor, "organization", bytes(file), true);
    expect(applied).toMatchObject({ ok: true, applied: true });
    expect(
      (await database.prisma.recordSource.findMany({ where: { organizationId: id } })).map((s) => s.title),
    ).toEqual(["新来源"]);
    expect(await database.prisma.annualReport.count({ where: { organizationId: id } })).toBe(2);
  });

  it("carries the charity-law trust fields: exported, imported back unchanged, updated by slug, refused when invalid", async () => {
    const id = await publishedOrganization("csv-trusted", 10);
    const org = await database.prisma.organization.findUniqueOrThrow({ where: { id } });
    const trust = {
      creditCode: "53100000500021676K",
      legalForm: "FOUNDATION",
      registrationAuthorityZh: "民政部",
      registrationAuthorityEn: "Ministry of Civil Affairs",
      registeredOn: "2011-03-02",
      charityRecognisedOn: "2016-09-01",
      fundraisingQualifiedOn: "2017-01-05",
      charityChinaUrl: "https://cszg.mca.gov.cn/example",
    };
    const saved = await saveRecord(database.prisma, editor, {
      kind: "organization",
      id,
      version: org.version,
      values: organization({ slug: "csv-trusted", ...trust, annualReports: [{ year: "2024", url: "" }] }),
    });
    expect(saved.ok).toBe(true);
    const csv = await exportCsv(database.prisma, editor, "organization");
    const read = readCsv(csv);
    if (!read.ok) throw new Error("export unreadable");
    const header = read.header.cells;
    const row = read.rows.find((r) => r.cells[header.indexOf("slug")] === "csv-trusted")!.cells;
    for (const [field, value] of Object.entries(trust)) expect(row[header.indexOf(field)], field).toBe(value);
    expect(JSON.parse(row[header.indexOf("annualReports")]!)).toEqual([{ year: 2024 }]);
    expect(await importCsv(database.prisma, editor, "organization", bytes(csv), false)).toMatchObject({
      ok: true,
      updated: 0,
    });

    // An update by slug that names only the trust columns changes them and nothing else.
    const update = toCsv([
      ["slug", "creditCode", "fundraisingQualifiedOn", "legalForm"],
      ["csv-trusted", "53100000500021676K", "2018-06-30", "SOCIAL_ORGANIZATION"],
    ]);
    const dry = await importCsv(database.prisma, editor, "organization", bytes(update), false);
    expect(dry.plan[0]!.changes).toEqual([
      { field: "legalForm", before: "FOUNDATION", after: "SOCIAL_ORGANIZATION" },
      { field: "fundraisingQualifiedOn", before: "2017-01-05", after: "2018-06-30" },
    ]);
    expect(await importCsv(database.prisma, editor, "organization", bytes(update), true)).toMatchObject({
      applied: true,
    });
    expect(await database.prisma.organization.findUniqueOrThrow({ where: { id } })).toMatchObject({
      creditCode: "53100000500021676K",
      legalForm: "SOCIAL_ORGANIZATION",
      fundraisingQualifiedOn: new Date("2018-06-30T00:00:00Z"),
      charityRecognisedOn: new Date("2016-09-01T00:00:00Z"),
    });

    // A wrong check character, a bad date and a code another organization holds are refused, and nothing is written.
    const other = await publishedOrganization("csv-trusted-2", 10);
    const bad = toCsv([
      ["slug", "creditCode", "charityRecognisedOn"],
      ["csv-trusted", "53100000500021676J", "2016-02-30"],
      ["csv-trusted-2", "53100000500021676K", ""],
    ]);
    const refused = await importCsv(database.prisma, editor, "organization", bytes(bad), true);
    expect(refused).toMatchObject({ ok: false, applied: false });
    expect(refused.errors).toContainEqual({ row: 2, field: "creditCode", error: { key: "invalidCreditCode" } });
    expect(refused.errors).toContainEqual({ row: 2, field: "charityRecognisedOn", error: { key: "invalidDate" } });
    expect(refused.errors).toContainEqual({ row: 3, field: "creditCode", error: { key: "duplicate" } });
    // Two new rows with one code: the second is refused on its row.
    const twice = toCsv([
      ["slug", "nameZh", "type", "descriptionZh", "regions", "creditCode"],
      ["csv-coded-a", "甲", "FOUNDATION", "甲。", "510104", "91350100M000100Y43"],
      ["csv-coded-b", "乙", "FOUNDATION", "乙。", "510104", "91350100M000100Y43"],
    ]);
    expect((await importCsv(database.prisma, editor, "organization", bytes(twice), true)).errors).toEqual([
      { row: 3, field: "creditCode", error: { key: "duplicate" } },
    ]);
    expect((await database.prisma.organization.findUniqueOrThrow({ where: { id: other } })).creditCode).toBeNull();
  });

  it("the JSON export carries every record's sources, annual reports and trust fields", async () => {
    const admin = await staffSession(database.prisma, "ADMIN", "json-admin@test.local");
    const exported = JSON.parse(await exportRecordsJson(database.prisma, admin)) as Record<
      string,
      Record<string, unknown>[]
    >;
    const sourced = exported.organization!.find((o) => o.slug === "csv-sourced")!;
    expect(sourced.sources).toEqual([expect.objectContaining({ title: "新来源", supportsZh: "成立年份" })]);
    expect(sourced.annualReports).toEqual([
      { year: 2025, url: null },
      { year: 2024, url: "https://example.org/r.pdf" },
    ]);
    const trusted = exported.organization!.find((o) => o.slug === "csv-trusted")!;
    expect(trusted).toMatchObject({ creditCode: "53100000500021676K", legalForm: "SOCIAL_ORGANIZATION" });
    for (const kind of ["need", "policy", "mode"]) expect(exported[kind]![0], kind).toHaveProperty("sources");
  });

  it("refuses hostile source cells row by row, never with a crash", async () => {
    const header = "slug,nameZh,type,descriptionZh,modes,regions,sources\r\n";
    const cells = [
      "not json",
      "[1,2]",
      '{"title":"x"}',
      '[{"title":"<b>x</b>","supportsZh":"y","url":"javascript:alert(1)"}]',
      `[${Array.from({ length: 21 }, () => '{"title":"t","supportsZh":"s"}').join(",")}]`,
    ];
    const rows = cells.map((cell, i) => `hostile-${i},甲,GRASSROOTS_NGO,甲。,,510104,"${cell.replaceAll('"', '""')}"`);
    const report = await importCsv(database.prisma, editor, "organization", bytes(header + rows.join("\r\n")), true);
    expect(report.ok).toBe(false);
    expect(report.applied).toBe(false);
    expect(new Set(report.errors.map((e) => e.row))).toEqual(new Set([2, 3, 4, 5, 6]));
    expect(report.errors.every((e) => e.field.startsWith("sources"))).toBe(true);
  });
});
