import { type EmbeddedDatabase, startEmbeddedDatabase } from "./embedded";
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
export async function openDatabaseTarget(env: Record<string, string | undefined> = process.env): Promise<OpenedTarget> {
  if (env.DATABASE_URL) {
    const target = parseDatabaseUrl(env.DATABASE_URL);
    return {
      url: target.url,
      description: `PostgreSQL at ${target.host}:${target.port}/${target.database}`,
      embedded: false,
      close: async () => undefined,
    };
  }
  const port = env.EMBEDDED_DB_PORT ? Number(env.EMBEDDED_DB_PORT) : 0;
  const embedded: EmbeddedDatabase = await startEmbeddedDatabase({ dir: env.EMBEDDED_DB_DIR || undefined, port });
  return {
    url: embedded.url,
    description: `embedded PGlite database in ${embedded.location} (served on ${new URL(embedded.url).host})`,
    embedded: true,
    close: () => embedded.stop(),
  };
}
