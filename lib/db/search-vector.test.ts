import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "./setup-test-database";

describe("organization search vector (kept by a trigger)", () => {
  const database = setupTestDatabase();

  it("cuts Chinese into characters and pairs, and English into lowercase words", async () => {
    const [row] = await database.prisma.$queryRaw<
      { lexemes: string[] }[]
    >`SELECT search_lexemes('心理辅导 Reading Club') AS lexemes`;
    expect(row!.lexemes).toEqual(expect.arrayContaining(["心", "心理", "理辅", "辅导", "reading", "club"]));
  });

  it("is refreshed when a name or description changes", async () => {
    const organization = await database.prisma.organization.findFirstOrThrow({ select: { id: true, slug: true } });
    await database.prisma.organization.update({
      where: { id: organization.id },
      data: { descriptionZh: "开展独特的蘑菇种植课堂", descriptionEn: "Runs a unique mushroom farming class" },
    });
    const [byChinese] = await database.prisma.$queryRaw<{ slug: string }[]>`
      SELECT slug FROM organization WHERE search_vector @@ '蘑菇'::tsquery`;
    const [byEnglish] = await database.prisma.$queryRaw<{ slug: string }[]>`
      SELECT slug FROM organization WHERE search_vector @@ 'mushroom'::tsquery`;
    expect(byChinese?.slug).toBe(organization.slug);
    expect(byEnglish?.slug).toBe(organization.slug);
  });
});
