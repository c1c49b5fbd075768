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
    // Only numbers and numeric text are ids: a JSON true is not record 1.
    expect(recordSchema("policy").shape.needs.safeParse([true]).success).toBe(false);
    expect(recordSchema("policy").shape.needs.parse([9])).toEqual([9]);
    expect(errorsOf(recordSchema("policy"), { ...policy, year: "二〇二〇", month: "13" })).toMatchObject({
      year: { key: "notANumber" },
      month: { key: "tooBig", limit: 12 },
    });
  });

  it("read every link of a form: each scale figure, how a mode meets each need, reports and sources", () => {
    const organization = recordInputFromForm(
      "organization",
      form([
        ["modes", "3"],
        ["modes", "3"],
        ["scale.3.sites", "2"],
        ["scale.3.childrenServed", "150"],
        ["scale.3.sinceYear", "2020"],
        ["report.0.year", "2024"],
        ["report.0.url", "https://example.org/r.pdf"],
        ["source.0.title", "调查"],
        ["source.0.supportsZh", "数字"],
        ["isSample", "on"],
      ]),
    );
    expect(organization).toMatchObject({
      modes: [{ modeId: "3", sites: "2", childrenServed: "150", sinceYear: "2020" }],
      annualReports: [{ year: "2024", url: "https://example.org/r.pdf" }],
      sources: [{ title: "调查", supportsZh: "数字" }],
      isSample: true,
      acceptsDonations: false,
    });
    const mode = recordInputFromForm(
      "mode",
      form([
        ["needs", "2"],
        ["needs", "5"],
        ["how.2.zh", "家访"],
        ["how.2.en", "by visits"],
      ]),
    );
    expect(mode.needs).toEqual([
      { needId: "2", howZh: "家访", howEn: "by visits" },
      { needId: "5", howZh: undefined, howEn: undefined },
    ]);
    expect(recordInputFromForm("need", form([["source.0.title", "调查"]]))).toMatchObject({
      sources: [{ title: "调查" }],
      nameZh: undefined,
      isSample: false,
    });
    expect(recordSchema("need").shape.sources.parse(undefined)).toEqual([]);
  });

  it("refuse a mode's evidence, in either language, without a source", () => {
    const mode = { slug: "m", nameZh: "模式", summaryZh: "s", descriptionZh: "d", sortOrder: "1" };
    const source = { title: "调查", supportsZh: "数字" };
    const refused = { evidenceZh: { key: "evidenceNeedsSource" } };
    expect(errorsOf(recordSchema("mode"), { ...mode, evidenceZh: "有效" })).toEqual(refused);
    expect(errorsOf(recordSchema("mode"), { ...mode, evidenceEn: "works" })).toEqual(refused);
    expect(errorsOf(recordSchema("mode"), { ...mode, evidenceEn: "works", sources: [source] })).toEqual({});
    expect(errorsOf(recordSchema("mode"), mode)).toEqual({});
    // Needs have no such rule.
    expect(errorsOf(recordSchema("need"), { ...mode, evidenceZh: "有效" })).toEqual({});
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
