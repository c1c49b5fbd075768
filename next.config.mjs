// @ts-check
// Plain JavaScript, not TypeScript: the production server reads this file when it starts, and a next.config.ts
// makes Next.js load its native SWC compiler (about 45 MB of resident memory) into the server only to read it.
import { fileURLToPath } from "node:url";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/http/body-limit.mjs";

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The WebAssembly database and the schema engine run in scripts, never in the Next.js server bundle.
  // The public data cache (decisions 044, 045): in this process, or on Redis shared by every instance when
  // REDIS_URL is set. Next.js's own in-memory layer is off so that an invalidation by another instance is seen.
  cacheHandler: fileURLToPath(new URL("./lib/cache/handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@prisma/schema-engine-wasm", "pino"],
  experimental: {
    // One limit for action bodies (CSV uploads): the proxy answers 413 above it, the upload forms check it first.
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: ACTION_BODY_LIMIT_BYTES,
  },
};

export default nextConfig;
