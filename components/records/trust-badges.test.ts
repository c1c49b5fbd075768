import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TrustBadges, type TrustDates } from "./trust-badges";

const none: TrustDates = { charityRecognisedOn: null, fundraisingQualifiedOn: null };
const both: TrustDates = {
  charityRecognisedOn: new Date("2016-09-01T00:00:00Z"),
  fundraisingQualifiedOn: new Date("2017-01-05T00:00:00Z"),
};
const render = (dates: TrustDates, opts: { isSample?: boolean; verifiedAt?: Date | null; locale?: "zh" | "en" } = {}) =>
  renderToStaticMarkup(
    createElement(TrustBadges, {
      locale: opts.locale ?? "zh",
      dates,
      isSample: opts.isSample ?? false,
      verifiedAt: opts.verifiedAt ?? null,
    }),
  );

describe("charity-law badges", () => {
  it("show only what staff entered with a date, never on a sample", () => {
    expect(render(none, { verifiedAt: new Date() })).toBe("");
    expect(render(both, { isSample: true, verifiedAt: new Date() })).toBe("");
    const one = render({ ...none, fundraisingQualifiedOn: both.fundraisingQualifiedOn });
    expect(one).toContain('data-trust-badge="fundraising"');
    expect(one).not.toContain("recognised");
  });

  it("say when the record was last verified, as “有公开募捐资格 · 核实于 2026年10月”", () => {
    const verifiedAt = new Date("2026-10-12T03:00:00Z");
    const zh = render(both, { verifiedAt });
    expect(zh).toContain("有公开募捐资格 · 2017年1月取得 · 核实于 2026年10月");
    expect(zh).toContain("已认定为慈善组织 · 2016年9月 · 核实于 2026年10月");
    expect(render(both, { verifiedAt, locale: "en" })).toContain(
      "Public-fundraising qualification · since January 2017 · verified October 2026",
    );
    // Never verified: the badge gives the date staff entered and claims no verification.
    expect(render(both)).not.toMatch(/核实/);
  });
});
