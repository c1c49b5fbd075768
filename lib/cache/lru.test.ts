import { describe, expect, it } from "vitest";
import { LruCache } from "./lru";

describe("the bounded cache", () => {
  it("never holds more than its bound, dropping the least recently used", () => {
    const cache = new LruCache<number>(3, 60_000);
    for (const key of ["a", "b", "c"]) cache.set(key, key.charCodeAt(0));
    expect(cache.get("a")).toBe(97);
    cache.set("d", 100);
    expect(cache.size).toBe(3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(97);
    for (let i = 0; i < 1000; i++) cache.set(`k${i}`, i);
    expect(cache.size).toBe(3);
  });

  it("forgets entries older than their time to live", () => {
    const cache = new LruCache<string>(10, 1000);
    cache.set("x", "y", 0);
    expect(cache.get("x", 999)).toBe("y");
    expect(cache.get("x", 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
