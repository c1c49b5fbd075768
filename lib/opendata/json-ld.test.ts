import { describe, expect, it } from "vitest";
import { jsonLdText } from "./json-ld";

describe("jsonLdText", () => {
  it("cannot close the script element or open markup, and still parses to the same data", () => {
    const data = { name: "</script><script>alert(1)</script>", note: "a\u2028b" };
    const text = jsonLdText(data);
    expect(text).not.toContain("<");
    expect(text).not.toContain("\u2028");
    expect(JSON.parse(text)).toEqual(data);
  });
});
