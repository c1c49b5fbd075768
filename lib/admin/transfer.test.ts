import { beforeAll, describe, expect, it } from "vitest";
import type { StaffSession } from "@/lib/auth/roles";
import { readCsv } from "@/lib/csv/read";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { type RecordKind, recordKinds } from "./kinds";
import { staffSession } from "./testing/staff";
import { MAX_IMPORT_ROWS, exportCsv, importCsv } from "./transfer";

const database = setupTestDatabase();
let editor: StaffSession;
const bytes = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  editor = await staffSession(database.prisma, "EDITOR");
});

/** An export as rows keyed by slug, without the columns an import does not carry (id, status, deleted, version). */
function recordsOf(csv: string) {
  const read = readCsv(csv);
  if (!read.ok) throw new Error(read.error.code);
  const names = read.header.cells;
  const kept = names.filter((n) => !["id", "status", "deleted", "version"].includes(n));
  return read.rows
    .map((r) => Object.fromEntries(kept.map((n) => [n, r.cells[names.indexOf(n)]])))
    .sort((a, b) => String(a.slug).localeCompare(String(b.slug)));
}

describe("record CSV import", () => {
  const header = "slug,nameZh,type,descriptionZh,foundedYear,modes,regions\r\n";
  const good = `${header}imp-a,导入机构甲,GRASSROOTS_NGO,做课后陪伴。,2015,,510104\r\n`;

  it("is all or nothing: one bad row and nothing is written, even with apply", async () => {
    const before = await database.prisma.organization.count();
    const report = await importCsv(
      database.prisma,
      editor,
      "organization",
      bytes(`${good}imp-b,导入机构乙,FOUNDATION,资助乡村学校。,1800,,510104\r\n`),
      true,
    );
    expect(report).toMatchObject({ ok: false, applied: false, errors: [{ row: 3, field: "foundedYear" }] });
    expect(await database.prisma.organization.count()).toBe(before);
  });

  it("refuses a file whose quote is never closed instead of swallowing the rows after it", async () => {
    const before = await database.prisma.organization.count();
    const text = `${header}imp-c,"未闭合,GRASSROOTS_NGO,甲。,2015,,510104\r\nimp-d,乙,GRASSROOTS_NGO,乙。,2015,,510104\r\n`;
    const report = await importCsv(database.prisma, editor, "organization", bytes(text), true);
    expect(report).toMatchObject({
      ok: false,
      rows: 0,
      applied: false,
      errors: [{ row: 2, field: "_file", error: { key: "unclosedQuote" } }],
    });
    expect(await database.prisma.organization.count()).toBe(before);
  });

  it("refuses a file over the row limit before doing any work, with the limit in the message", async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `big-${i},甲,GRASSROOTS_NGO,甲。,2015,,510104`);
    const report = await importCsv(
      database.prisma,
      editor,
      "organization",
      bytes(`${header}${rows.join("\r\n")}`),
      true,
    );
    expect(report).toMatchObject({
      ok: false,
      applied: false,
      errors: [{ row: 1, field: "_file", error: { key: "tooManyRows", limit: MAX_IMPORT_ROWS } }],
    });
  });

  it("reports an apply that outlives its time limit as a file error, not a failure, and writes nothing", async () => {
    const [organizations, audit] = [
      await database.prisma.organization.count(),
      await database.prisma.auditEntry.count(),
    ];
    const rows = Array.from({ length: 600 }, (_, i) => `slow-${i},甲,GRASSROOTS_NGO,甲。,2015,,510104`);
    const report = await importCsv(
      database.prisma,
      editor,
      "organization",
      bytes(`${header}${rows.join("\r\n")}`),
      true,
      1,
    );
    expect(report).toMatchObject({
      ok: false,
      applied: false,
      created: 600,
      errors: [{ row: 1, field: "_file", error: { key: "timedOut" } }],
    });
    expect(await database.prisma.organization.count()).toBe(organizations);
    expect(await database.prisma.auditEntry.count()).toBe(audit);
  });

  it("refuses a row with more or fewer cells than the header", async () => {
    const report = await importCsv(database.prisma, editor, "organization", bytes(`${good}imp-e,乙\r\n`), false);
    expect(report.errors).toContainEqual({ row: 3, field: "_file", error: { key: "columnCount" } });
  });

  it("reads an organization's modes with their scale and a mode's needs with how it meets them", async () => {
    const [mode, need] = await Promise.all([
      database.prisma.interventionMode.findFirstOrThrow({ orderBy: { id: "asc" } }),
      database.prisma.need.findFirstOrThrow({ orderBy: { id: "asc" } }),
    ]);
    const org = `${header}imp-scale,规模机构,GRASSROOTS_NGO,做陪伴。,2015,"${mode.slug}[sites=3,since=2019]",510104\r\n`;
    expect(await importCsv(database.prisma, editor, "organization", bytes(org), true)).toMatchObject({ applied: true });
    const saved = await database.prisma.organization.findUniqueOrThrow({
      where: { slug: "imp-scale" },
      include: { modes: true },
    });
    expect(saved.modes).toEqual([
      expect.objectContaining({ modeId: mode.id, sites: 3, childrenServed: null, sinceYear: 2019 }),
    ]);

    const needs = JSON.stringify([{ need: need.slug, howZh: "每周上门" }]).replace(/"/g, '""');
    const modeCsv = `slug,nameZh,summaryZh,descriptionZh,sortOrder,needs\r\nimp-mode,导入模式,概要,介绍,5,"${needs}"\r\n`;
    expect(await importCsv(database.prisma, editor, "mode", bytes(modeCsv), true)).toMatchObject({ applied: true });
    const savedMode = await database.prisma.interventionMode.findUniqueOrThrow({
      where: { slug: "imp-mode" },
      include: { needs: true },
    });
    expect(savedMode.needs).toEqual([expect.objectContaining({ needId: need.id, howZh: "每周上门", howEn: null })]);

    const badNeeds = `slug,nameZh,summaryZh,descriptionZh,sortOrder,needs\r\nimp-mode-2,导入模式,概要,介绍,5,not json\r\n`;
    expect((await importCsv(database.prisma, editor, "mode", bytes(badNeeds), false)).errors).toEqual([
      { row: 2, field: "needs", error: { key: "invalid" } },
    ]);
  });

  it("updates a mode's needs and an organization's mode scale by slug, each shown as a change in the dry run", async () => {
    const [first, second] = await database.prisma.need.findMany({ orderBy: { id: "asc" }, take: 2 });
    const needs = JSON.stringify([
      { need: first!.slug, howZh: "每周上门", howEn: "Weekly visits" },
      { need: second!.slug, howZh: "陪伴" },
    ]).replace(/"/g, '""');
    const modeFile = `slug,needs\r\nimp-mode,"${needs}"\r\n`;
    const dry = await importCsv(database.prisma, editor, "mode", bytes(modeFile), false);
    expect(dry).toMatchObject({ ok: true, updated: 1 });
    expect(dry.plan[0]!.changes.map((c) => c.field)).toEqual(["needs"]);
    expect(await importCsv(database.prisma, editor, "mode", bytes(modeFile), true)).toMatchObject({ applied: true });
    const mode = await database.prisma.interventionMode.findUniqueOrThrow({
      where: { slug: "imp-mode" },
      include: { needs: { orderBy: { needId: "asc" } } },
    });
    expect(mode.needs).toEqual([
      expect.objectContaining({ needId: first!.id, howZh: "每周上门", howEn: "Weekly visits" }),
      expect.objectContaining({ needId: second!.id, howZh: "陪伴", howEn: null }),
    ]);

    const org = await database.prisma.organization.findUniqueOrThrow({
      where: { slug: "imp-scale" },
      include: { modes: true },
    });
    const modeSlug = (await database.prisma.interventionMode.findUniqueOrThrow({ where: { id: org.modes[0]!.modeId } }))
      .slug;
    const orgFile = `slug,modes\r\nimp-scale,"${modeSlug}[sites=5,children=80,since=2019]"\r\n`;
    const orgDry = await importCsv(database.prisma, editor, "organization", bytes(orgFile), false);
    expect(orgDry.plan[0]!.changes).toEqual([
      {
        field: "modes",
        before: `${modeSlug}[sites=3,since=2019]`,
        after: `${modeSlug}[sites=5,children=80,since=2019]`,
      },
    ]);
    expect(await importCsv(database.prisma, editor, "organization", bytes(orgFile), true)).toMatchObject({
      applied: true,
    });
    expect(
      (await database.prisma.organizationMode.findMany({ where: { organizationId: org.id } })).map((m) => [
        m.sites,
        m.childrenServed,
        m.sinceYear,
      ]),
    ).toEqual([[5, 80, 2019]]);
  });

  it("updates an existing record by slug: the dry run lists each changed field, absent columns stay as they are", async () => {
    const org = await database.prisma.organization.findUniqueOrThrow({
      where: { slug: "imp-scale" },
      include: { modes: true, regions: true },
    });
    const file = `slug,nameZh,staffCount\r\nimp-scale,改名机构,12\r\n`;
    const dry = await importCsv(database.prisma, editor, "organization", bytes(file), false);
    expect(dry).toMatchObject({ ok: true, applied: false, created: 0, updated: 1, unchanged: 0 });
    expect(dry.plan).toEqual([
      {
        row: 2,
        slug: "imp-scale",
        action: "update",
        changes: [
          { field: "nameZh", before: "规模机构", after: "改名机构" },
          { field: "staffCount", before: "", after: "12" },
        ],
      },
    ]);
    expect(await database.prisma.organization.findUniqueOrThrow({ where: { slug: "imp-scale" } })).toMatchObject({
      nameZh: "规模机构",
      version: org.version,
    });

    const applied = await importCsv(database.prisma, editor, "organization", bytes(file), true);
    expect(applied).toMatchObject({ ok: true, applied: true, updated: 1 });
    const after = await database.prisma.organization.findUniqueOrThrow({
      where: { slug: "imp-scale" },
      include: { modes: true, regions: true },
    });
    expect(after).toMatchObject({ nameZh: "改名机构", staffCount: 12, version: org.version + 1, type: org.type });
    expect(after.descriptionZh).toBe(org.descriptionZh);
    expect(after.modes).toEqual(org.modes);
    expect(after.regions).toEqual(org.regions);
    const audit = await database.prisma.auditEntry.findFirstOrThrow({
      where: { recordType: "organization", recordId: org.id },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ action: "import", staffId: editor.userId });
    expect(audit.before).toMatchObject({ version: org.version, values: { nameZh: "规模机构" } });
    expect(audit.after).toMatchObject({ version: org.version + 1, values: { nameZh: "改名机构", staffCount: 12 } });
  });

  it("refuses an update from a file exported before the record last changed, and a bad row keeps the good ones out", async () => {
    const org = await database.prisma.organization.findUniqueOrThrow({ where: { slug: "imp-scale" } });
    const stale = `slug,version,nameZh\r\nimp-scale,${org.version - 1},旧文件\r\n`;
    expect((await importCsv(database.prisma, editor, "organization", bytes(stale), true)).errors).toEqual([
      { row: 2, field: "version", error: { key: "stale", limit: org.version } },
    ]);
    const mixed = `slug,nameZh,foundedYear\r\nimp-scale,好的更新,2001\r\nimp-a2,新机构,1800\r\n`;
    const report = await importCsv(database.prisma, editor, "organization", bytes(mixed), true);
    expect(report).toMatchObject({ ok: false, applied: false });
    expect(await database.prisma.organization.findUniqueOrThrow({ where: { slug: "imp-scale" } })).toMatchObject({
      nameZh: org.nameZh,
      version: org.version,
    });
  });

  it("an export imported back into the same database changes nothing", async () => {
    for (const kind of recordKinds) {
      const csv = await exportCsv(database.prisma, editor, kind);
      const report = await importCsv(database.prisma, editor, kind, bytes(csv), false);
      expect(report, kind).toMatchObject({ ok: true, created: 0, updated: 0 });
      expect(report.unchanged, kind).toBeGreaterThan(0);
    }
  });

  it("round trip: every kind exported, imported into a cleared database, exports the same records", async () => {
    const order: RecordKind[] = ["need", "mode", "policy", "organization"];
    expect([...order].sort()).toEqual([...recordKinds].sort());
    // Formula-like text and line breaks must survive the spreadsheet guard.
    await database.prisma.organization.updateMany({
      where: { slug: "imp-scale" },
      data: { phone: "+86 10 1234", nameEn: "=HYPERLINK(x)", descriptionEn: "-first\r\nsecond\rthird" },
    });
    const exported = Object.fromEntries(
      await Promise.all(order.map(async (kind) => [kind, await exportCsv(database.prisma, editor, kind)] as const)),
    ) as Record<RecordKind, string>;
    expect(exported.organization).toContain("'+86 10 1234");

    await database.prisma.$executeRawUnsafe(
      "TRUNCATE organization, policy, intervention_mode, need RESTART IDENTITY CASCADE",
    );
    for (const kind of order) {
      const report = await importCsv(database.prisma, editor, kind, bytes(exported[kind]), true);
      expect(report, kind).toMatchObject({ ok: true, applied: true });
    }
    for (const kind of order) {
      const again = await exportCsv(database.prisma, editor, kind);
      expect(recordsOf(again), kind).toEqual(recordsOf(exported[kind]));
      expect(recordsOf(again).length, kind).toBeGreaterThan(0);
    }
    const phone = await database.prisma.organization.findUniqueOrThrow({ where: { slug: "imp-scale" } });
    expect(phone).toMatchObject({ phone: "+86 10 1234", nameEn: "=HYPERLINK(x)" });
  });
});
