import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { recordSchema } from "@/lib/admin/kinds";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter, isValidCreditCode, optionalCreditCode } from "./credit-code";

/**
 * Real codes: the worked example of GB 32100-2015 (91350100M000100Y43), a
 * foundation registered with the Ministry of Civil Affairs (5 = civil affairs,
 * 3 = foundation) and a company (9 = market regulation).
 */
const valid = ["91350100M000100Y43", "53100000500021676K", "911101085923662400"];

/** The same code with each other possible check character. */
const withWrongCheck = (code: string) =>
  [...CREDIT_CODE_ALPHABET].filter((c) => c !== code[17]).map((c) => code.slice(0, 17) + c);

describe("unified social credit code (GB 32100-2015)", () => {
  it("accepts real codes and refuses every other check character", () => {
    for (const code of valid) {
      expect(isValidCreditCode(code), code).toBe(true);
      for (const wrong of withWrongCheck(code)) expect(isValidCreditCode(wrong), wrong).toBe(false);
    }
  });

  it("refuses the letters the standard leaves out, and wrong lengths", () => {
    expect(creditCodeCheckCharacter("91350100M000100Y4")).toBe("3");
    for (const letter of ["I", "O", "S", "V", "Z"])
      expect(creditCodeCheckCharacter(`9135010${letter}M000100Y4`)).toBeNull();
    expect(isValidCreditCode("91350100M000100Y4")).toBe(false);
    expect(isValidCreditCode("91350100M000100Y433")).toBe(false);
    expect(isValidCreditCode("")).toBe(false);
  });

  it("reads what staff paste: spaces, full-width and lower-case characters; blank is not entered", () => {
    expect(optionalCreditCode.parse(" 9135 0100 m000 100Y43 ")).toBe("91350100M000100Y43");
    expect(optionalCreditCode.parse("９１３５０１００Ｍ０００１００Ｙ４３")).toBe("91350100M000100Y43");
    expect(optionalCreditCode.parse("")).toBeNull();
    expect(optionalCreditCode.safeParse("91350100M000100Y44").success).toBe(false);
  });

  it("is checked by the staff form's schema with a clear error", () => {
    const result = recordSchema("organization").safeParse({ creditCode: "91350100M000100Y44" });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!).creditCode).toEqual({ key: "invalidCreditCode" });
  });
});

describe("the database's credit-code rule", () => {
  const database = setupTestDatabase();

  it("agrees with the application on real and altered codes", async () => {
    const codes = [...valid, ...valid.flatMap(withWrongCheck), "91350100M000100Y4", "9135010IM000100Y43"];
    const rows = await database.prisma.$queryRaw<{ code: string; ok: boolean }[]>`
      SELECT code, uscc_is_valid(code) AS ok FROM unnest(${codes}::text[]) AS code`;
    expect(rows).toHaveLength(codes.length);
    for (const row of rows) expect(row.ok, row.code).toBe(isValidCreditCode(row.code));
  });

  it("refuses an invalid code and a second organization with the same code", async () => {
    const [first, second] = await database.prisma.organization.findMany({ take: 2, orderBy: { id: "asc" } });
    await expect(
      database.prisma.$executeRaw`UPDATE organization SET credit_code = '53100000500021676J' WHERE id = ${first!.id}`,
    ).rejects.toThrow(/organization_credit_code_valid/);
    await database.prisma.organization.update({ where: { id: first!.id }, data: { creditCode: valid[1] } });
    await expect(
      database.prisma.organization.update({ where: { id: second!.id }, data: { creditCode: valid[1] } }),
    ).rejects.toThrow();
  });
});
