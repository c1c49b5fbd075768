import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { passwordChangeSchema, signInSchema, staffAccountSchema } from "@/lib/auth/schemas";
import { recordInputFromForm, recordSchema } from "./kinds";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

const errorsOf = (schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error as never);
};

describe("record form schemas", () => {
  it("read an organization form with its modes, scale and regions", () => {
    const input = recordInputFromForm(
      "organization",
      form([
        ["slug", " New-Org "],
        ["nameZh", " 新机构 "],
        ["nameEn", ""],
        ["type", "FOUNDATION"],
        ["descriptionZh", "介绍"],
        ["childrenServed", "1200"],
        ["acceptsDonations", "on"],
        ["modes", "3"],
        ["scale.3.sites", "2"],
        ["scale.3.childrenServed", ""],
        ["scale.3.sinceYear", "2020"],
        ["regions", "510104"],
        ["regions", "510104"],
      ]),
    );
    expect(recordSchema("organization").parse(input)).toMatchObject({
      slug: "new-org",
      nameZh: "新机构",
      nameEn: null,
      childrenServed: 1200,
      acceptsDonations: true,
      isSample: false,
      website: null,
      modes: [{ modeId: 3, sites: 2, childrenServed: null, sinceYear: 2020 }],
      regions: ["510104"],
    });
  });

  it("give one error key per field, with limits", () => {
    expect(
      errorsOf(recordSchema("organization"), {
        slug: "has space",
        nameZh: "",
        type: "NOPE",
        descriptionZh: "x",
        foundedYear: "1800",
        childrenServed: "12.5",
        website: "ftp://x",
        email: "not-mail",
        modes: [{ modeId: "1", sites: "-1" }],
        regions: ["51"],
      }),
    ).toEqual({
      slug: { key: "invalidSlug" },
      nameZh: { key: "required" },
      type: { key: "invalidChoice" },
      foundedYear: { key: "tooSmall", limit: 1900 },
      childrenServed: { key: "notAWholeNumber" },
      website: { key: "invalidUrl" },
      email: { key: "invalidEmail" },
      "modes.0.sites": { key: "tooSmall", limit: 0 },
      "regions.0": { key: "invalid" },
    });
  });

  it("require the how-text of each need a mode meets, and read policy needs as ids", () => {
    const mode = recordInputFromForm(
      "mode",
      form([
        ["needs", "2"],
        ["how.2.zh", " "],
        ["how.2.en", "by visits"],
      ]),
    );
    expect(errorsOf(recordSchema("mode"), mode)).toMatchObject({ "needs.0.howZh": { key: "required" } });
    const policy = recordInputFromForm(
      "policy",
      form([
        ["needs", "4"],
        ["needs", "7"],
      ]),
    );
    expect(recordSchema("policy").shape.needs.parse(policy.needs)).toEqual([4, 7]);
    expect(errorsOf(recordSchema("policy"), { ...policy, year: "二〇二〇", month: "13" })).toMatchObject({
      year: { key: "notANumber" },
      month: { key: "tooBig", limit: 12 },
    });
  });

  it("limit text length as the database does", () => {
    expect(
      errorsOf(recordSchema("need"), {
        slug: "a",
        nameZh: "名".repeat(121),
        summaryZh: "s",
        descriptionZh: "d",
        sortOrder: "0",
      }),
    ).toEqual({ nameZh: { key: "tooLong", limit: 120 } });
  });
});

describe("staff form schemas", () => {
  it("normalise the email and check password rules", () => {
    expect(signInSchema.parse({ email: " A@B.Org ", password: "x" }).email).toBe("a@b.org");
    expect(errorsOf(staffAccountSchema, { email: "a@b.org", name: "", role: "OWNER", password: "short" })).toEqual({
      name: { key: "required" },
      role: { key: "invalidChoice" },
      password: { key: "tooShort", limit: 10 },
    });
    expect(
      errorsOf(passwordChangeSchema, {
        currentPassword: "x",
        newPassword: "long enough 1",
        confirmPassword: "long enough 2",
      }),
    ).toEqual({ confirmPassword: { key: "passwordsDiffer" } });
  });
});
