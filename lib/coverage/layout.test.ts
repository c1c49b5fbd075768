import { describe, expect, it } from "vitest";
import { coverageLayout } from "./layout";
import { parseCoverageQuery } from "./params";

const iphone =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const desktop = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";

describe("coverage layout", () => {
  it("gives a phone the list and everything else the table", () => {
    const query = parseCoverageQuery({});
    expect(coverageLayout(query, new Headers({ "user-agent": iphone }))).toBe("list");
    expect(coverageLayout(query, new Headers({ "user-agent": desktop, "sec-ch-ua-mobile": "?1" }))).toBe("list");
    expect(coverageLayout(query, new Headers({ "user-agent": desktop, "sec-ch-ua-mobile": "?0" }))).toBe("table");
    expect(coverageLayout(query, new Headers())).toBe("table");
  });

  it("lets the URL choose either layout on any device, and ignores a bad value", () => {
    expect(coverageLayout(parseCoverageQuery({ layout: "table" }), new Headers({ "user-agent": iphone }))).toBe(
      "table",
    );
    expect(coverageLayout(parseCoverageQuery({ layout: "list" }), new Headers({ "user-agent": desktop }))).toBe("list");
    expect(coverageLayout(parseCoverageQuery({ layout: "<x>" }), new Headers({ "user-agent": iphone }))).toBe("list");
  });
});
