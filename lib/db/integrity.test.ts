import { describe, expect, it } from "vitest";
import { DataIntegrityError, withDatabaseErrors } from "./errors";
import { setupTestDatabase } from "./setup-test-database";

const need = {
  slug: "integrity-test-need",
  nameZh: "测试需求",
  summaryZh: "一行说明",
  descriptionZh: "用于完整性测试的需求。",
};

async function refusal(work: () => Promise<unknown>): Promise<DataIntegrityError> {
  try {
    await withDatabaseErrors(work);
  } catch (error) {
    if (error instanceof DataIntegrityError) return error;
    throw error;
  }
  throw new Error("the database accepted the write");
}

describe("the database refuses bad data with a clear error", () => {
  const database = setupTestDatabase();

  it("refuses a duplicate slug", async () => {
    await database.prisma.need.create({ data: need });
    const error = await refusal(() => database.prisma.need.create({ data: { ...need, nameZh: "另一个" } }));
    expect(error.kind).toBe("duplicate");
    expect(error.message).toMatch(/already exists/);
  });

  it("refuses a link to a missing record", async () => {
    const organization = await database.prisma.organization.findFirstOrThrow({ select: { id: true } });
    const error = await refusal(() =>
      database.prisma.organizationMode.create({ data: { organizationId: organization.id, modeId: 999_999 } }),
    );
    expect(error.kind).toBe("missing-reference");
  });

  it("refuses a region that is not a GB/T 2260 division", async () => {
    const organization = await database.prisma.organization.findFirstOrThrow({ select: { id: true } });
    const error = await refusal(() =>
      database.prisma.organizationRegion.create({ data: { organizationId: organization.id, regionCode: "999999" } }),
    );
    expect(error.kind).toBe("missing-reference");
  });

  it("refuses to delete a mode that organizations run", async () => {
    const link = await database.prisma.organizationMode.findFirstOrThrow({ select: { modeId: true } });
    const error = await refusal(() => database.prisma.interventionMode.delete({ where: { id: link.modeId } }));
    expect(error.kind).toBe("still-referenced");
  });

  it("refuses a malformed slug and blank Chinese text (check constraints)", async () => {
    expect((await refusal(() => database.prisma.need.create({ data: { ...need, slug: "Bad Slug" } }))).kind).toBe(
      "invalid-value",
    );
    expect(
      (await refusal(() => database.prisma.need.create({ data: { ...need, slug: "blank-name", nameZh: "  " } }))).kind,
    ).toBe("invalid-value");
  });

  it("refuses a policy month out of range", async () => {
    const error = await refusal(() =>
      database.prisma.policy.create({
        data: {
          slug: "bad-month",
          titleZh: "标题",
          issuerZh: "国务院",
          year: 2016,
          month: 13,
          level: "CENTRAL",
          domain: "CHILD_WELFARE",
          summaryZh: "摘要",
          sourceName: "测试",
        },
      }),
    );
    expect(error.kind).toBe("invalid-value");
  });
});
