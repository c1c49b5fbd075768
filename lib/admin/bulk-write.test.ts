import { beforeAll, describe, expect, it } from "vitest";
import type { StaffSession } from "@/lib/auth/roles";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { staffSession } from "./testing/staff";
import { toCsv } from "@/lib/csv/write";
import { loadSnapshot } from "./snapshot";
import { importCsv } from "./transfer";
import { VersionConflict, writeRecordsBatch } from "./write";

const database = setupTestDatabase();
// A loaded machine can take seconds for the first statements of a fresh database; Prisma's default is 5 s.
const slow = { timeout: 60_000 };
let editor: StaffSession;
beforeAll(async () => {
  editor = await staffSession(database.prisma, "EDITOR");
});

const values = (slug: string, nameZh: string) => ({
  slug,
  nameZh,
  type: "GRASSROOTS_NGO",
  descriptionZh: "批量。",
  foundedYear: "2015",
  modes: [],
  regions: ["510104"],
});

describe("the batch write path", () => {
  it("creates and updates many records set-wise, each at its version, with one audit entry each", async () => {
    const { prisma } = database;
    await prisma.$transaction(
      (tx) =>
        writeRecordsBatch(tx, editor, "organization", "import", [
          { values: values("batch-a", "甲") },
          { values: values("batch-b", "乙") },
        ]),
      slow,
    );
    const rows = await prisma.organization.findMany({
      where: { slug: { startsWith: "batch-" } },
      orderBy: { slug: "asc" },
    });
    expect(rows.map((r) => [r.slug, r.nameZh, r.version, r.status, r.foundedYear])).toEqual([
      ["batch-a", "甲", 1, "DRAFT", 2015],
      ["batch-b", "乙", 1, "DRAFT", 2015],
    ]);
    await prisma.$transaction(
      (tx) =>
        writeRecordsBatch(
          tx,
          editor,
          "organization",
          "import",
          rows.map((r) => ({ id: r.id, expectedVersion: 1, values: values(r.slug, `${r.nameZh}（改）`) })),
        ),
      slow,
    );
    const after = await prisma.organization.findMany({
      where: { slug: { startsWith: "batch-" } },
      orderBy: { slug: "asc" },
    });
    expect(after.map((r) => [r.nameZh, r.version])).toEqual([
      ["甲（改）", 2],
      ["乙（改）", 2],
    ]);
    const audit = await prisma.auditEntry.findMany({
      where: { recordId: { in: rows.map((r) => r.id) } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.action, a.before === null, (a.after as { version: number }).version])).toEqual([
      ["import", true, 1],
      ["import", true, 1],
      ["import", false, 2],
      ["import", false, 2],
    ]);
  });

  it("refuses the whole batch when one record has moved on since it was read", async () => {
    const { prisma } = database;
    const rows = await prisma.organization.findMany({
      where: { slug: { startsWith: "batch-" } },
      orderBy: { slug: "asc" },
    });
    const batch = rows.map((r, i) => ({
      id: r.id,
      expectedVersion: i === 0 ? r.version : r.version - 1,
      values: values(r.slug, "不应写入"),
    }));
    await expect(
      prisma.$transaction((tx) => writeRecordsBatch(tx, editor, "organization", "import", batch), slow),
    ).rejects.toBeInstanceOf(VersionConflict);
    const after = await prisma.organization.findMany({ where: { slug: { startsWith: "batch-" } } });
    expect(after.map((r) => r.nameZh)).not.toContain("不应写入");
  });

  it("rewrites no link rows of records whose links a file leaves as they are, and audits from the checked state", async () => {
    const { prisma } = database;
    const file = (name: string, region: string) =>
      new TextEncoder().encode(
        toCsv([
          ["slug", "nameZh", "type", "descriptionZh", "regions"],
          ["relink-a", name, "GRASSROOTS_NGO", "链接。", region],
          ["relink-b", name, "GRASSROOTS_NGO", "链接。", "510104"],
        ]),
      );
    expect((await importCsv(prisma, editor, "organization", file("甲", "510104"), true)).applied).toBe(true);
    const ids = (
      await prisma.organization.findMany({ where: { slug: { startsWith: "relink-" } }, orderBy: { slug: "asc" } })
    ).map((o) => o.id);
    // xmin is the transaction that wrote a row version: a deleted and re-inserted link row gets a new one.
    const linkVersions = () => prisma.$queryRaw<{ organization_id: number; region_code: string; xmin: string }[]>`
      SELECT organization_id, region_code, xmin::text FROM organization_region
       WHERE organization_id = ANY(${ids}) ORDER BY organization_id, region_code`;
    const linksBefore = await linkVersions();
    const snapshotsBefore = await Promise.all(ids.map((id) => loadSnapshot(prisma, "organization", id)));

    const renamed = await importCsv(prisma, editor, "organization", file("乙", "510104"), true);
    expect([renamed.applied, renamed.updated]).toEqual([true, 2]);
    expect(await linkVersions()).toEqual(linksBefore);
    const audit = await prisma.auditEntry.findMany({
      where: { recordType: "organization", recordId: { in: ids } },
      orderBy: { id: "desc" },
      take: 2,
    });
    for (const entry of audit) {
      expect(entry.before).toEqual(snapshotsBefore.find((s) => s!.id === entry.recordId));
      expect(entry.after).toEqual(await loadSnapshot(prisma, "organization", entry.recordId));
    }

    // A changed link is written: only that record's rows change.
    await importCsv(prisma, editor, "organization", file("乙", "510105"), true);
    const moved = await linkVersions();
    expect(moved.map((l) => [l.organization_id, l.region_code])).toEqual([
      [ids[0], "510105"],
      [ids[1], "510104"],
    ]);
    expect(moved[1]).toEqual(linksBefore[1]);
  });
});
