import { describe, expect, it } from "vitest";
import { decodeFromCache, encodeForCache } from "./codec";

const roundTrip = <T>(value: T): T => decodeFromCache<T>(JSON.parse(JSON.stringify(encodeForCache(value))));

describe("public data cache codec", () => {
  it("brings back Dates, Maps, Sets and bigints through JSON", () => {
    const value = {
      reviewedAt: new Date("2026-03-01T08:00:00.000Z"),
      counts: new Map<number, number>([
        [1, 4],
        [2, 0],
      ]),
      codes: new Set(["510000", "110000"]),
      mask: 2n ** 70n,
      nested: [{ at: new Date(0), none: null, text: "心理", n: 3, yes: true }],
    };
    const back = roundTrip(value);
    expect(back).toEqual(value);
    expect(back.reviewedAt).toBeInstanceOf(Date);
    expect(back.counts.get(1)).toBe(4);
    expect(back.codes.has("510000")).toBe(true);
    expect(back.mask).toBe(2n ** 70n);
  });

  it("leaves plain objects alone, including ones with a single ordinary key", () => {
    expect(roundTrip({ date: "2026-01-01" })).toEqual({ date: "2026-01-01" });
    expect(roundTrip([{}, [], ""])).toEqual([{}, [], ""]);
  });

  it("decodes in place, and a second decoding of the same value changes nothing", () => {
    const parsed = JSON.parse(
      JSON.stringify(encodeForCache({ at: new Date(5), counts: new Map([[1, 2n]]), list: [{}] })),
    );
    const once = decodeFromCache<{ at: Date; counts: Map<number, bigint>; list: object[] }>(parsed);
    expect(once).toBe(parsed);
    expect(decodeFromCache(once)).toEqual({ at: new Date(5), counts: new Map([[1, 2n]]), list: [{}] });
    expect(once.at).toBeInstanceOf(Date);
  });
});
