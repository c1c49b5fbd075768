import { describe, expect, it } from "vitest";
import { dictionary } from "@zxcvbn-ts/language-common";
import { isCommonPassword } from "./common-passwords";
import { passwordChangeSchema, staffAccountSchema } from "./schemas";

describe("common passwords", () => {
  it("covers at least the 10,000 most common passwords", () => {
    const top = dictionary["passwords-common"].slice(0, 10_000);
    expect(top).toHaveLength(10_000);
    expect(top.filter((p) => !isCommonPassword(p))).toEqual([]);
  });

  it("refuses common ones whatever the case, with digits or symbols added, and trivial runs", () => {
    for (const weak of [
      "password123",
      "Password2026!",
      "QWERTYUIOP",
      "!!iloveyou99",
      "1234567890",
      "aaaaaaaaaaaa",
      "abcdefghijk",
    ])
      expect(isCommonPassword(weak), weak).toBe(true);
    for (const fine of ["correct horse battery", "demo-admin-2026", "留守儿童关爱 2026", "tq8#Lm2!vZ0p"])
      expect(isCommonPassword(fine), fine).toBe(false);
  });

  it("refuses the site's own names and staff words, alone or with digits, symbols or spaces around them", () => {
    for (const weak of [
      "Navigator2026!",
      "resource navigator 1",
      "ResourceNavigator!!",
      "公益导航2026",
      "公益导航！123456",
      "GongYiDaoHang88",
      "administrator1",
      "staff@2026",
    ])
      expect(isCommonPassword(weak), weak).toBe(true);
    for (const fine of ["navigator of rivers 2026", "公益导航的志愿者们", "demo-admin-2026"])
      expect(isCommonPassword(fine), fine).toBe(false);
  });

  it("are refused by the shared schema for new accounts and password changes, with a clear error", () => {
    const account = staffAccountSchema.safeParse({
      email: "a@b.cn",
      name: "A",
      role: "EDITOR",
      password: "password1234",
    });
    expect(account.success).toBe(false);
    expect(account.error?.issues[0]).toMatchObject({ path: ["password"], message: "commonPassword" });
    const change = passwordChangeSchema.safeParse({
      currentPassword: "x",
      newPassword: "Qwertyuiop1!",
      confirmPassword: "Qwertyuiop1!",
    });
    expect(change.error?.issues[0]).toMatchObject({ path: ["newPassword"], message: "commonPassword" });
    expect(
      staffAccountSchema.safeParse({ email: "a@b.cn", name: "A", role: "EDITOR", password: "correct horse battery" })
        .success,
    ).toBe(true);
  });

  it("strips digits and symbols only at the ends, and only down to a word of four letters or more", () => {
    expect(isCommonPassword("2026love!!")).toBe(true);
    expect(isCommonPassword("pass2026word")).toBe(false);
    // "dog" is on the list, but refusing every password built around three letters would refuse good ones.
    expect(isCommonPassword("8317##dog##4096")).toBe(false);
  });

  it("refuses runs of digits wherever they start", () => {
    for (const run of ["3456789012", "0123456789", "9012345678"]) expect(isCommonPassword(run), run).toBe(true);
  });
});
