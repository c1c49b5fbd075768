import { beforeAll, describe, expect, it } from "vitest";
import type { StaffSession } from "@/lib/auth/roles";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { staffSession } from "./testing/staff";
import { VersionConflict, writeRecordsBatch } from "./write";

const database = setupTestDatabase();
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
    await prisma.$transaction((tx) =>
      writeRecordsBatch(tx, editor, "organization", "import", [
        { values: values("batch-a", "甲") },
        { values: values("batch-b", "乙") },
      ]),
    );
    const rows = await prisma.organization.findMany({
      where: { slug: { startsWith: "batch-" } },
      orderBy: { slug: "asc" },
    });
    expect(rows.map((r) => [r.slug, r.nameZh, r.version, r.status, r.foundedYear])).toEqual([
      ["batch-a", "甲", 1, "DRAFT", 2015],
      ["batch-b", "乙", 1, "DRAFT", 2015],
    ]);
    await prisma.$transaction((tx) =>
      writeRecordsBatch(
        tx,
        editor,
        "organization",
        "import",
        rows.map((r) => ({ id: r.id, expectedVersion: 1, values: values(r.slug, `${r.nameZh}（改）`) })),
      ),
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
      prisma.$transaction((tx) => writeRecordsBatch(tx, editor, "organization", "import", batch)),
    ).rejects.toBeInstanceOf(VersionConflict);
    const after = await prisma.organization.findMany({ where: { slug: { startsWith: "batch-" } } });
    expect(after.map((r) => r.nameZh)).not.toContain("不应写入");
  });
});
