import { type ChildProcess, spawn } from "node:child_process";
import { renameSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { env as environment } from "@/lib/env";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * scripts/serve.ts as one plain JavaScript module in the build folder (packages stay imports), so that the
 * production server runs on bare Node. Under a TypeScript loader (`--import tsx`) every module the server imports
 * at run time passes through the loader's hooks, which Node runs on a thread of their own with a second V8 heap,
 * and Next.js imports its cache handler again for every request. Written under a temporary name and renamed, so
 * that two servers starting at once (scripts/scale-out-test.ts) never run a half-written file.
 */
function compiledServer(): string {
  const out = `${root}.next/serve.mjs`;
  const temporary = `${out}.${process.pid}`;
  buildSync({
    absWorkingDir: root,
    entryPoints: ["scripts/serve.ts"],
    outfile: temporary,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
  });
  renameSync(temporary, out);
  return out;
}

/**
 * Starts the Next.js server (scripts/serve.ts), on HOST when it is set. Its V8 heap is capped (APP_HEAP_MB, default
 * 384) so that V8 collects garbage before the process grows without bound (uncapped, V8 sizes its heap from the
 * machine's memory). 192 MB proved too tight once the public data cache, the second factor and the structured log
 * joined: the browser suite's URL fuzz and a 1 MB form post ran the server out of heap. `heapCap: false` leaves the
 * heap to V8's own sizing (the benchmark's memory figure).
 */
export function startNextServer(
  mode: "start" | "dev",
  port: string,
  env: Record<string, string>,
  quiet = false,
  { heapCap = true }: { heapCap?: boolean } = {},
): ChildProcess {
  const settings = environment();
  const host = env.HOST ?? settings.HOST;
  const serve = mode === "start" ? [compiledServer()] : ["--import", "tsx", `${root}scripts/serve.ts`];
  const args = [
    ...(heapCap ? [`--max-old-space-size=${settings.APP_HEAP_MB}`] : []),
    ...serve,
    mode,
    port,
    ...(host ? [host] : []),
  ];
  return spawn(process.execPath, args, {
    stdio: quiet ? "ignore" : "inherit",
    env: { ...process.env, ...env },
  });
}
