import { env } from "@/lib/env";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "./client";
import { parseDatabaseUrl, withDatabase } from "./config";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "./embedded";
import { applyMigrations } from "./schema-engine";
import { seedDemoData } from "./seed";

/** A database of its own for one test file: PGlite in memory, or a fresh database on the server at DATABASE_URL. */
export type TestDatabase = {
  url: string;
  prisma: PrismaClient;
  /** How many SQL statements the client has sent, for N+1 checks. */
  queryCount(): number;
  close(): Promise<void>;
};

export const templateDatabaseName = (serverUrl: string) => `${parseDatabaseUrl(serverUrl).database}_tmpl`;

const TEMPLATE_IN_USE = "55006";

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const target = parseDatabaseUrl(serverUrl);
  const client = new pg.Client({ ...target, connectionString: undefined });
  await client.connect();
  try {
    // Two workers copying the template at the same moment make one of them wait its turn.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(sql);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== TEMPLATE_IN_USE || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  } finally {
    await client.end();
  }
}

/** Creates the migrated and seeded template that test databases are copied from (server only). */
export async function prepareServerTemplate(serverUrl: string): Promise<void> {
  const template = templateDatabaseName(serverUrl);
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await adminQuery(serverUrl, `CREATE DATABASE "${template}"`);
  const url = withDatabase(serverUrl, template);
  await applyMigrations(url);
  const prisma = createPrismaClient(url, 1);
  try {
    await seedDemoData(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

export async function dropServerTemplate(serverUrl: string): Promise<void> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${templateDatabaseName(serverUrl)}" WITH (FORCE)`);
}

function counting(url: string, max: number): { prisma: PrismaClient; count: () => number } {
  let statements = 0;
  const prisma = createPrismaClient(url, max, () => statements++);
  return { prisma, count: () => statements };
}

/** An embedded database, migrated and seeded. */
async function seededEmbedded(): Promise<EmbeddedDatabase> {
  const embedded = await startEmbeddedDatabase({ dir: "memory" });
  await applyMigrations(embedded.url);
  const seeder = createPrismaClient(embedded.url, 1);
  await seedDemoData(seeder);
  await seeder.$disconnect();
  return embedded;
}

/**
 * Writes the migrated and seeded embedded database to a file once per test run (global setup), so that each test
 * file loads a copy in a fraction of the time that migrating and seeding take.
 */
export async function prepareEmbeddedTemplate(file: string): Promise<void> {
  const embedded = await seededEmbedded();
  try {
    writeFileSync(file, Buffer.from(await (await embedded.dump()).arrayBuffer()));
  } finally {
    await embedded.stop();
  }
}

/** The template written by global setup (EMBEDDED_TEST_TEMPLATE), or a database migrated and seeded here. */
async function template(): Promise<Blob> {
  const file = env().EMBEDDED_TEST_TEMPLATE;
  if (file && existsSync(file)) return new Blob([readFileSync(file)]);
  const embedded = await seededEmbedded();
  try {
    return await embedded.dump();
  } finally {
    await embedded.stop();
  }
}

/**
 * Opens a test database. `empty` gives one with no schema (for migration
 * tests); otherwise it is migrated and holds the demo data.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = env().DATABASE_URL;
  if (serverUrl) {
    const name = `${parseDatabaseUrl(serverUrl).database}_t${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(
      serverUrl,
      options.empty
        ? `CREATE DATABASE "${name}"`
        : `CREATE DATABASE "${name}" TEMPLATE "${templateDatabaseName(serverUrl)}"`,
    );
    const url = withDatabase(serverUrl, name);
    const { prisma, count } = counting(url, 4);
    return {
      url,
      prisma,
      queryCount: count,
      async close() {
        await prisma.$disconnect();
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  }
  const embedded = await startEmbeddedDatabase({ dir: "memory", load: options.empty ? undefined : await template() });
  const { prisma, count } = counting(embedded.url, 1);
  return {
    url: embedded.url,
    prisma,
    queryCount: count,
    async close() {
      await prisma.$disconnect();
      await embedded.stop();
    },
  };
}
