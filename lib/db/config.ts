import { z } from "zod";
import { type Env, env } from "@/lib/env";

/** A connection target for the one Prisma client and the migration engine. */
export type DatabaseTarget = {
  url: string;
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.pathname.length > 1;
    } catch {
      return false;
    }
  }, "DATABASE_URL must look like postgresql://user:password@host:5432/database");

/** Parses a PostgreSQL URL into the discrete fields that PrismaPg and the schema engine need. */
export function parseDatabaseUrl(raw: string): DatabaseTarget {
  const parsed = postgresUrl.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues[0]?.message ?? "DATABASE_URL is invalid");
  }
  const url = new URL(parsed.data);
  return {
    url: parsed.data,
    host: decodeURIComponent(url.hostname) || "localhost",
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || "postgres",
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
  };
}

/** Pool size: one connection for the embedded database (it has one session), ten otherwise. */
export function poolSize(settings: Pick<Env, "DATABASE_POOL_MAX" | "EMBEDDED_DATABASE"> = env()): number {
  return settings.DATABASE_POOL_MAX ?? (settings.EMBEDDED_DATABASE === "1" ? 1 : 10);
}

/** Replaces the database name in a URL, keeping credentials and options. */
export function withDatabase(rawUrl: string, database: string): string {
  const url = new URL(rawUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}
