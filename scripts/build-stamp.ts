import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const sourceRoots = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "prisma/schema.prisma",
  "next.config.mjs",
  "package-lock.json",
  "postcss.config.mjs",
];
const stampFile = path.join(".next", "source-stamp");

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const child of readdirSync(entry)) {
    if (child === "generated" || child.endsWith(".test.ts")) continue;
    yield* files(path.join(entry, child));
  }
}

/** A fingerprint of the sources that go into the build (paths, sizes, times). */
function sourceStamp(): string {
  const hash = createHash("sha256");
  for (const root of sourceRoots) {
    for (const file of files(root)) {
      const stat = statSync(file);
      hash.update(`${file}:${stat.size}:${stat.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

/** Builds the app unless a build of the same sources exists. */
export async function ensureBuild(): Promise<void> {
  const stamp = sourceStamp();
  if (existsSync(path.join(".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp)
    return;
  console.log("Building the app (first start, or the sources changed)...");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed (see above)");
  writeFileSync(stampFile, stamp);
}
