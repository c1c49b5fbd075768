import { type ChildProcess, spawn } from "node:child_process";
import { env as environment } from "@/lib/env";

/**
 * Starts the Next.js server (scripts/serve.ts), on HOST when it is set. Its V8 heap is capped (APP_HEAP_MB, default
 * 384) so that V8 collects garbage before the process grows without bound (uncapped, V8 sizes its heap from the
 * machine's memory). 192 MB proved too tight once the public data cache, the second factor and the structured log
 * joined: the browser suite's URL fuzz and a 1 MB form post ran the server out of heap.
 */
export function startNextServer(
  mode: "start" | "dev",
  port: string,
  env: Record<string, string>,
  quiet = false,
): ChildProcess {
  const settings = environment();
  const heapMb = settings.APP_HEAP_MB;
  const serve = new URL("./serve.ts", import.meta.url).pathname;
  const host = env.HOST ?? settings.HOST;
  const args = [`--max-old-space-size=${heapMb}`, "--import", "tsx", serve, mode, port, ...(host ? [host] : [])];
  return spawn(process.execPath, args, {
    stdio: quiet ? "ignore" : "inherit",
    env: { ...process.env, ...env },
  });
}
