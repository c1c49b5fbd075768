import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EmptyResults } from "./empty-results";

const render = (sampleData: boolean, locale: "zh" | "en" = "zh") =>
  renderToStaticMarkup(createElement(EmptyResults, { locale, steps: [], sampleData }));

describe("what an empty result says it means", () => {
  it("never reads as a gap while the directory holds sample data", () => {
    expect(render(true)).toContain("示例数据不能说明这里存在缺口");
    expect(render(true)).not.toContain("尚无人回应");
    expect(render(true, "en")).toContain("Sample data cannot show a gap.");
  });

  it("with real records, says the need may be unmet or not yet recorded, and links the coverage map", () => {
    for (const locale of ["zh", "en"] as const) {
      const html = render(false, locale);
      expect(html).toContain(locale === "zh" ? "也可能只是还没有收录" : "or one not yet recorded");
      expect(html).toContain(`href="${locale === "zh" ? "" : "/en"}/coverage"`);
      expect(html).not.toMatch(/示例数据|sample data/i);
    }
  });
});
