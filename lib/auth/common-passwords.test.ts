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
});
