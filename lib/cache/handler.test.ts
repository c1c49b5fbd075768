import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The in-process store (no REDIS_URL); the Redis store is exercised by scripts/scale-out-test.ts.
delete process.env.REDIS_URL;
const { default: Handler } = await import("./handler.mjs");

const entry = (data: string) => ({ kind: "FETCH", data: { body: data }, revalidate: 300 });
const fetchContext = { kind: "FETCH", tags: ["public-data"] };

describe("the public data cache handler (in memory)", () => {
  it("serves an entry until one of its tags is invalidated, then misses until it is written again", async () => {
    const handler = new Handler();
    await handler.set("a", entry("one"), { tags: ["public-data"] });
    expect((await handler.get("a", fetchContext))?.value).toEqual(entry("one"));
    await new Promise((r) => setTimeout(r, 2));
    await handler.revalidateTag("public-data", { expire: 0 });
    expect(await handler.get("a", fetchContext)).toBeNull();
    await new Promise((r) => setTimeout(r, 2));
    await handler.set("a", entry("two"), { tags: ["public-data"] });
    expect((await handler.get("a", fetchContext))?.value).toEqual(entry("two"));
  });

  it("ignores other tags and keeps only data entries", async () => {
    const handler = new Handler();
    await handler.set("b", entry("kept"), { tags: ["public-data"] });
    await handler.revalidateTag(["something-else"]);
    expect((await handler.get("b", fetchContext))?.value).toEqual(entry("kept"));
    await handler.set("page", { kind: "APP_PAGE", html: "<p>" }, { tags: [] });
    expect(await handler.get("page", { kind: "APP_PAGE" })).toBeNull();
  });

  it("keeps a bounded number of bytes, dropping the least recently used first, and never an entry over the bound", async () => {
    const handler = new Handler();
    const big = (n: number) => entry(String(n).padEnd(1_000_000, "x")); // about 2 MB each in memory
    for (let n = 0; n < 20; n++) await handler.set(`big-${n}`, big(n), { tags: ["public-data"] });
    expect(await handler.get("big-0", fetchContext)).toBeNull();
    expect((await handler.get("big-19", fetchContext))?.value).toEqual(big(19));
    await handler.set("huge", entry("h".repeat(13_000_000)), { tags: ["public-data"] });
    expect(await handler.get("huge", fetchContext)).toBeNull();
    expect((await handler.get("big-19", fetchContext))?.value).toEqual(big(19));
  });

  it("keeps entries per build: a handler of another build misses them, one of the same build reads them", async () => {
    /** A build output folder with its id, as Next.js passes it (`serverDistDir` is `.next/server`). */
    const build = (id: string) => {
      const dir = mkdtempSync(path.join(tmpdir(), "build-"));
      mkdirSync(path.join(dir, "server"));
      writeFileSync(path.join(dir, "BUILD_ID"), `${id}\n`);
      return path.join(dir, "server");
    };
    const first = build("first");
    const second = build("second");
    await new Handler({ serverDistDir: first }).set("c", entry("from the first build"), { tags: ["public-data"] });
    expect(await new Handler({ serverDistDir: second }).get("c", fetchContext)).toBeNull();
    expect((await new Handler({ serverDistDir: first }).get("c", fetchContext))?.value).toEqual(
      entry("from the first build"),
    );
    expect(await new Handler().get("c", fetchContext)).toBeNull();
  });
});
