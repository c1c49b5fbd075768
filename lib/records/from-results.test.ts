import { describe, expect, it } from "vitest";
import { fromParam, resultsFrom } from "./from-results";

describe("the results an organization page was opened from", () => {
  it("round-trips a results query through the from parameter", () => {
    const link = fromParam("?need=nutrition-health&region=520000");
    const from = new URLSearchParams(link.slice(1)).get("from")!;
    expect(resultsFrom(from)).toBe("?need=nutrition-health&region=520000");
    expect(fromParam("")).toBe("");
  });

  it("lets only a results query out: other paths, hosts and junk are dropped", () => {
    expect(resultsFrom("//evil.example/x")).toBeNull();
    expect(resultsFrom("https://evil.example/?need=a")).toBeNull();
    expect(resultsFrom("need=<script>&region=999")).toBeNull();
    expect(resultsFrom("need=a-b&evil=1")).toBe("?need=a-b");
    expect(resultsFrom(["need=a-b"])).toBeNull();
    expect(resultsFrom("need=a-b&".repeat(400))).toBeNull();
    expect(resultsFrom(undefined)).toBeNull();
  });
});
