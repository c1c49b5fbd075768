import { z } from "zod";

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

const poolMax = z.coerce.number().int().min(1).max(100);

/** Pool size: one connection for the embedded database (it has one session), ten otherwise. */
export function poolSize(env: Record<string, string | undefined> = process.env): number {
  if (env.DATABASE_POOL_MAX) {
    const parsed = poolMax.safeParse(env.DATABASE_POOL_MAX);
    if (!parsed.success) throw new ConfigError("DATABASE_POOL_MAX must be a whole number from 1 to 100");
    return parsed.data;
  }
  return env.EMBEDDED_DATABASE === "1" ? 1 : 10;
}

/** Replaces the database name in a URL, keeping credentials and options. */
export function withDatabase(rawUrl: string, database: string): string {
  const url = new URL(rawUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}
