import nextEnv from "@next/env";

// Scripts read .env, .env.local, ... the way the Next.js server does.
nextEnv.loadEnvConfig(process.cwd(), process.argv.includes("--dev"));
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
