import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = {
  url: string;
  /** Where the data lives, or "memory". */
  location: string;
  /** The whole data directory as a tarball, for a later `load`. */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
};

export const defaultEmbeddedDir = path.join(process.cwd(), ".data", "pglite");

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) and serves it over the
 * PostgreSQL wire protocol on loopback, so the app, the migration engine and
 * the tests all use the same driver and code path as on a real server.
 */
export async function startEmbeddedDatabase(
  options: { dir?: string | "memory"; port?: number; load?: Blob } = {},
): Promise<EmbeddedDatabase> {
  const dir = options.dir ?? defaultEmbeddedDir;
  if (dir !== "memory") mkdirSync(dir, { recursive: true });
  const db = await PGlite.create({
    dataDir: dir === "memory" ? undefined : dir,
    extensions: { pg_trgm },
    loadDataDir: options.load,
  });
  // PGlite has one session: every socket connection shares it, so queries are queued.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: 16 });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.split(":").pop());
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    location: dir,
    dump: () => db.dumpDataDir("none"),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
