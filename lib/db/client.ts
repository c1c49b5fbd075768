import { env } from "@/lib/env";
import { PrismaPg } from "@prisma/adapter-pg";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ConfigError, parseDatabaseUrl, poolSize } from "./config";

/** A Prisma client on the Rust-free engine, pooled through node-postgres. */
export function createPrismaClient(
  url: string,
  max = poolSize(),
  onQuery?: (event: Prisma.QueryEvent) => void,
): PrismaClient {
  const target = parseDatabaseUrl(url);
  const adapter = new PrismaPg({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    database: target.database,
    max,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", onQuery);
  return client;
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The app's one client, created on first use from DATABASE_URL. */
export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = env().DATABASE_URL;
    if (!url) throw new ConfigError("DATABASE_URL is not set: start the app with `npm start`, which provides one");
    globalForPrisma.prisma = createPrismaClient(url);
  }
  return globalForPrisma.prisma;
}
