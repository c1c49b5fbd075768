import { describe, expect, it } from "vitest";
import { chinaDay } from "./china-day";

describe("chinaDay", () => {
  it("gives the day in China, not in UTC", () => {
    expect(chinaDay(new Date("2026-03-01T17:00:00Z"))).toBe("2026-03-02");
    expect(chinaDay(new Date("2026-03-01T15:59:59Z"))).toBe("2026-03-01");
    expect(chinaDay("2026-12-31T16:00:00.000Z")).toBe("2027-01-01");
  });
});
