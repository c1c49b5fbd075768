import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/http/limits";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The WebAssembly database and the schema engine run in scripts, never in the Next.js server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@prisma/schema-engine-wasm", "pino"],
  experimental: {
    // One limit for action bodies (CSV uploads): the proxy answers 413 above it, the upload forms check it first.
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: ACTION_BODY_LIMIT_BYTES,
  },
};

export default nextConfig;
