import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isPublic } from "./visibility";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("the public-record rule", () => {
  it("is one SQL fragment for any alias, and refuses anything but an identifier", () => {
    expect(isPublic("o").strings.join("")).toBe("o.status = 'PUBLISHED' AND o.deleted_at IS NULL");
    expect(() => isPublic("o; DROP TABLE need")).toThrow();
  });

  it("is written nowhere else in the app's raw SQL", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const offenders = ["lib", "app", "components"]
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter((file) => !file.endsWith(path.join("records", "visibility.ts")))
      .filter((file) => /status\s*=\s*'PUBLISHED'/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });
});
