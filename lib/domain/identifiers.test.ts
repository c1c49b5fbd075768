import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { PROVINCE_PREFIXES, provinceBit, regionCodeSchema, slugSchema } from "./identifiers";

describe("shared identifiers", () => {
  it("accept slugs and region codes in their one form", () => {
    expect(slugSchema.parse(" Safety-Protection ")).toBe("safety-protection");
    for (const bad of ["a--b", "-a", "a-", "a b", "心理", "a".repeat(81)])
      expect(slugSchema.safeParse(bad).success, bad).toBe(false);
    expect(regionCodeSchema.parse("510104")).toBe("510104");
    for (const bad of ["51010", "5101044", "51010x", "５１０１０４"])
      expect(regionCodeSchema.safeParse(bad).success, bad).toBe(false);
  });
});

describe("province bits", () => {
  const database = setupTestDatabase();

  it("are the same in TypeScript and in the database's province_bit()", async () => {
    const rows = await database.prisma.$queryRaw<{ prefix: string; bit: number }[]>`
      SELECT prefix, province_bit(prefix || '0000') AS bit FROM unnest(${[...PROVINCE_PREFIXES]}::text[]) AS prefix`;
    expect(rows.map((row) => [row.prefix, row.bit])).toEqual(
      PROVINCE_PREFIXES.map((p) => [p, provinceBit(`${p}0000`)]),
    );
  });

  it("cover every province in the region table, each with its own bit", async () => {
    const provinces = await database.prisma.region.findMany({ where: { level: "PROVINCE" }, select: { code: true } });
    const bits = provinces.map((p) => provinceBit(p.code));
    expect(bits.every((b) => b >= 0 && b < 64)).toBe(true);
    expect(new Set(bits).size).toBe(provinces.length);
  });
});
