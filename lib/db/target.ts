import { type EmbeddedDatabase, startEmbeddedDatabase } from "./embedded";
import { type Env, env } from "@/lib/env";
import { parseDatabaseUrl } from "./config";

export type OpenedTarget = {
  url: string;
  /** Human-readable: which database, and where. */
  description: string;
  embedded: boolean;
  close(): Promise<void>;
};

/**
 * The database that scripts and the app use: the PostgreSQL server at
 * DATABASE_URL when it is set, otherwise the embedded PGlite database kept
 * in EMBEDDED_DB_DIR (default .data/pglite).
 */
export async function openDatabaseTarget(settings: Env = env()): Promise<OpenedTarget> {
  if (settings.DATABASE_URL) {
    const target = parseDatabaseUrl(settings.DATABASE_URL);
    return {
      url: target.url,
      description: `PostgreSQL at ${target.host}:${target.port}/${target.database}`,
      embedded: false,
      close: async () => undefined,
    };
  }
  const embedded: EmbeddedDatabase = await startEmbeddedDatabase({
    dir: settings.EMBEDDED_DB_DIR,
    port: settings.EMBEDDED_DB_PORT,
  });
  return {
    url: embedded.url,
    description: `embedded PGlite database in ${embedded.location} (served on ${new URL(embedded.url).host})`,
    embedded: true,
    close: () => embedded.stop(),
  };
}
