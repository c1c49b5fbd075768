import { beforeAll, describe, expect, it } from "vitest";
import type { StaffSession } from "@/lib/auth/roles";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { deleteRecord, markReviewed, restoreVersion, saveRecord, setPublished, undeleteRecord } from "./operations";
import { staffSession } from "./testing/staff";

const database = setupTestDatabase();
let editor: StaffSession;

beforeAll(async () => {
  editor = await staffSession(database.prisma, "EDITOR");
});

const organization = (overrides: Record<string, unknown> = {}) => ({
  slug: "new-org",
  nameZh: "新机构",
  type: "GRASSROOTS_NGO",
  descriptionZh: "在县里做陪伴。",
  childrenServed: "120",
  modes: [],
  regions: ["510104"],
  ...overrides,
});

describe("the write path", () => {
  it("creates a record with its links as a draft, and audits it", async () => {
    const mode = await database.prisma.interventionMode.findFirstOrThrow({ select: { id: true } });
    const result = await saveRecord(database.prisma, editor, {
      kind: "organization",
      values: organization({ modes: [{ modeId: String(mode.id), sites: "3", childrenServed: "", sinceYear: "2019" }] }),
    });
    expect(result).toMatchObject({ ok: true, version: 1 });
    if (!result.ok) return;
    const saved = await database.prisma.organization.findUniqueOrThrow({
      where: { id: result.id },
      include: { modes: true, regions: true },
    });
    expect(saved).toMatchObject({ status: "DRAFT", childrenServed: 120, nameEn: null });
    expect(saved.modes).toEqual([
      expect.objectContaining({ modeId: mode.id, sites: 3, childrenServed: null, sinceYear: 2019 }),
    ]);
    expect(saved.regions.map((r) => r.regionCode)).toEqual(["510104"]);
    const audit = await database.prisma.auditEntry.findMany({
      where: { recordType: "organization", recordId: result.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", staffId: editor.userId, before: null });
    expect((audit[0]!.after as { values: { nameZh: string } }).values.nameZh).toBe("新机构");
  });

  it("refuses invalid values with field errors and writes nothing", async () => {
    const before = await database.prisma.auditEntry.count();
    const result = await saveRecord(database.prisma, editor, {
      kind: "organization",
      values: organization({ slug: "Bad Slug", nameZh: " ", childrenServed: "-1" }),
    });
    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: {
        slug: { key: "invalidSlug" },
        nameZh: { key: "required" },
        childrenServed: { key: "tooSmall", limit: 0 },
      },
    });
    expect(await database.prisma.auditEntry.count()).toBe(before);
  });

  it("refuses a save made from an older version and returns the newer values", async () => {
    const created = await saveRecord(database.prisma, editor, {
      kind: "organization",
      values: organization({ slug: "conflict-org" }),
    });
    if (!created.ok) throw new Error("create failed");
    const first = await saveRecord(database.prisma, editor, {
      kind: "organization",
      id: created.id,
      version: 1,
      values: organization({ slug: "conflict-org", nameZh: "甲改的名字" }),
    });
    expect(first).toMatchObject({ ok: true, version: 2 });
    const second = await saveRecord(database.prisma, editor, {
      kind: "organization",
      id: created.id,
      version: 1,
      values: organization({ slug: "conflict-org", nameZh: "乙改的名字" }),
    });
    expect(second).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { version: 2, values: { nameZh: "甲改的名字" } },
    });
    const row = await database.prisma.organization.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ nameZh: "甲改的名字", version: 2 });
  });

  it("refuses an update that names no version, rather than skipping the check", async () => {
    const created = await saveRecord(database.prisma, editor, {
      kind: "organization",
      values: organization({ slug: "versionless-org" }),
    });
    if (!created.ok) throw new Error("create failed");
    const blind = await saveRecord(database.prisma, editor, {
      kind: "organization",
      id: created.id,
      values: organization({ slug: "versionless-org", nameZh: "不看版本的改动" }),
    });
    expect(blind).toMatchObject({ ok: false, reason: "conflict" });
    const row = await database.prisma.organization.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ nameZh: "新机构", version: 1 });
  });

  it("audits publish, review, delete, undelete and restore, and restores an earlier version", async () => {
    const created = await saveRecord(database.prisma, editor, {
      kind: "need",
      values: { slug: "trail-need", nameZh: "原名", summaryZh: "概要", descriptionZh: "描述", sortOrder: "5" },
    });
    if (!created.ok) throw new Error("create failed");
    const id = created.id;
    let version = 1;
    const step = async (result: Promise<{ ok: boolean; version?: number }>) => {
      const r = await result;
      expect(r.ok).toBe(true);
      version = r.version!;
    };
    await step(
      saveRecord(database.prisma, editor, {
        kind: "need",
        id,
        version,
        values: { slug: "trail-need", nameZh: "新名", summaryZh: "概要", descriptionZh: "描述", sortOrder: "5" },
      }),
    );
    await step(setPublished(database.prisma, editor, { kind: "need", id, version, published: true }));
    await step(markReviewed(database.prisma, editor, { kind: "need", id, version, method: "SITE_VISIT" }));
    await step(deleteRecord(database.prisma, editor, { kind: "need", id, version }));
    await step(undeleteRecord(database.prisma, editor, { kind: "need", id, version }));
    const createEntry = await database.prisma.auditEntry.findFirstOrThrow({
      where: { recordType: "need", recordId: id, action: "create" },
    });
    await step(restoreVersion(database.prisma, editor, { kind: "need", id, version, entryId: createEntry.id }));

    const actions = await database.prisma.auditEntry.findMany({
      where: { recordType: "need", recordId: id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "create",
      "update",
      "publish",
      "review",
      "delete",
      "undelete",
      "restore",
    ]);
    const row = await database.prisma.need.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      nameZh: "原名",
      status: "PUBLISHED",
      deletedAt: null,
      reviewedById: editor.userId,
      version: 7,
    });
    expect(row.reviewedAt).toBeInstanceOf(Date);
  });

  it("reports a duplicate slug as an integrity refusal, not a crash", async () => {
    const result = await saveRecord(database.prisma, editor, {
      kind: "organization",
      values: organization({ slug: "new-org" }),
    });
    expect(result).toMatchObject({ ok: false, reason: "integrity", kind: "duplicate" });
  });

  it("refuses a credit code another organization holds as an error on that field, on PostgreSQL and PGlite alike", async () => {
    const code = "53100000500021676K";
    const first = await saveRecord(database.prisma, editor, {
      kind: "organization",
      values: organization({ slug: "coded-org", creditCode: code }),
    });
    expect(first.ok).toBe(true);
    const second = await saveRecord(database.prisma, editor, {
      kind: "organization",
      values: organization({ slug: "coded-org-2", creditCode: " 5310 0000 5000 2167 6k " }),
    });
    expect(second).toEqual({ ok: false, reason: "invalid", fieldErrors: { creditCode: { key: "duplicate" } } });
    expect(await database.prisma.organization.count({ where: { slug: "coded-org-2" } })).toBe(0);
  });

  it("saves an organization with a bounded number of queries", async () => {
    const created = await saveRecord(database.prisma, editor, {
      kind: "organization",
      values: organization({ slug: "counted-org" }),
    });
    if (!created.ok) throw new Error("create failed");
    const start = database.queryCount();
    await saveRecord(database.prisma, editor, {
      kind: "organization",
      id: created.id,
      version: 1,
      values: organization({ slug: "counted-org", regions: ["510104", "510105"] }),
    });
    const queries = database.queryCount() - start;
    console.log(`queries per organization save: ${queries}`);
    // A fixed count whatever the number of links: each link table (modes, regions, annual reports, sources) is one
    // delete and at most one insert.
    expect(queries).toBeLessThanOrEqual(20);
  });
});
