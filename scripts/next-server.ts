import { type ChildProcess, spawn } from "node:child_process";

/**
 * Starts the Next.js server (scripts/serve.ts), on HOST when it is set. Its V8 heap is capped (APP_HEAP_MB, default 192)
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
  const serve = new URL("./serve.ts", import.meta.url).pathname;
  const host = env.HOST ?? process.env.HOST;
  const args = [`--max-old-space-size=${heapMb}`, "--import", "tsx", serve, mode, port, ...(host ? [host] : [])];
  return spawn(process.execPath, args, {
    stdio: quiet ? "ignore" : "inherit",
    env: { ...process.env, ...env },
  });
}
