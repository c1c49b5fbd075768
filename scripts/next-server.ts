import { type ChildProcess, spawn } from "node:child_process";

/**
 * Starts the Next.js server. Its V8 heap is capped (APP_HEAP_MB, default 192)
 * so that the process stays within the memory budget under load: without a
 * cap V8 sizes its heap from the machine's memory and collects garbage late.
 */
export function startNextServer(
  mode: "start" | "dev",
  port: string,
  env: Record<string, string>,
  quiet = false,
): ChildProcess {
  const heapMb = Number(process.env.APP_HEAP_MB ?? 192);
  const nextBin = new URL("../node_modules/next/dist/bin/next", import.meta.url).pathname;
  return spawn(process.execPath, [`--max-old-space-size=${heapMb}`, nextBin, mode, "-p", port], {
    stdio: quiet ? "ignore" : "inherit",
    env: { ...process.env, ...env },
  });
}
