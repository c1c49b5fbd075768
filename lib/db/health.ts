import pg from "pg";
import { parseDatabaseUrl } from "./config";
import { DatabaseUnavailableError } from "./errors";

/** Fails fast, with one clear line, when the database cannot be reached. */
export async function checkConnection(url: string): Promise<void> {
  const target = parseDatabaseUrl(url);
  const client = new pg.Client({ ...target, connectionString: undefined, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(`cannot reach ${target.host}:${target.port}/${target.database}: ${message}`, {
      cause: error,
    });
  } finally {
    await client.end().catch(() => undefined);
  }
}
