import { spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
} from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { type DatabaseTarget, parseDatabaseUrl } from "./config";

// Backups of both databases, in each one's own format:
// - PostgreSQL: `pg_dump -Fc` (custom format) and `pg_restore`, Debian's client tools;
// - embedded PGlite: its data directory as a gzipped tarball (`dumpDataDir` / `loadDataDir`).
// A restore always goes into a fresh database first and is swapped in only when it has completed,
// so a failed restore leaves the target as it was. A target that holds data is refused unless forced.

export class BackupError extends Error {
  override name = "BackupError";
}

const PG_DUMP_MAGIC = "PGDMP";

/**
 * Creates an empty file readable and writable by its owner only (0600), whatever the umask: a backup holds
 * password hashes, second-factor secrets and the security events, so other users of the machine must not read it.
 */
function createOwnerOnlyFile(file: string): void {
  rmSync(file, { force: true });
  closeSync(openSync(file, "wx", 0o600));
}

/** Finds a PostgreSQL client program: on PATH, else the newest of Debian's /usr/lib/postgresql/<version>/bin. */
function findPgTool(name: "pg_dump" | "pg_restore", env: NodeJS.ProcessEnv = process.env): string {
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const candidate = path.join(root, version, "bin", name);
    if (existsSync(candidate)) return candidate;
  }
  throw new BackupError(
    `${name} was not found: install PostgreSQL's client tools (Debian: apt-get install -y postgresql-client), matching or newer than the server's version.`,
  );
}

/** Connection arguments for libpq tools, from the parts of DATABASE_URL (its query options are not libpq's). */
function libpqEnv(target: DatabaseTarget, database: string): NodeJS.ProcessEnv {
  const sslmode = new URL(target.url).searchParams.get("sslmode");
  return {
    ...process.env,
    PGHOST: target.host,
    PGPORT: String(target.port),
    PGUSER: target.user,
    PGDATABASE: database,
    ...(target.password ? { PGPASSWORD: target.password } : {}),
    ...(sslmode ? { PGSSLMODE: sslmode } : {}),
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", (error) =>
      reject(new BackupError(`${path.basename(command)} could not start: ${error.message}`)),
    );
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else {
        const firstLine = stderr.trim().split("\n").find(Boolean) ?? `exit code ${code}`;
        reject(new BackupError(`${path.basename(command)} failed: ${firstLine}`));
      }
    });
  });
}

async function adminClient(target: DatabaseTarget): Promise<pg.Client> {
  // Server-wide statements (CREATE/ALTER/DROP DATABASE) run from the maintenance database.
  const client = new pg.Client({ ...target, database: "postgres", connectionString: undefined });
  await client.connect();
  return client;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Writes the PostgreSQL database at `url` to `file` in pg_dump's custom format. */
export async function backupPostgres(url: string, file: string): Promise<void> {
  const target = parseDatabaseUrl(url);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  try {
    // pg_dump writes into the file as it is, so the file keeps its mode.
    createOwnerOnlyFile(partial);
    await run(
      findPgTool("pg_dump"),
      ["-Fc", "--no-owner", "--no-acl", "-f", partial],
      libpqEnv(target, target.database),
    );
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Tables in the public schema of a database (0 means it holds no data of ours). */
async function tableCount(target: DatabaseTarget, database: string): Promise<number | null> {
  const client = new pg.Client({ ...target, database, connectionString: undefined });
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code === "3D000") return null; // database does not exist
    throw error;
  }
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

function checkMagic(file: string, magic: number[], what: string): void {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`);
  const head = Buffer.alloc(magic.length);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, magic.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!magic.every((byte, i) => head[i] === byte)) throw new BackupError(`${file} is not ${what}.`);
}

export type RestoreResult = { database: string; replaced: string | null };

/**
 * Restores a pg_dump custom-format file into the database at `url`: first into a fresh scratch database with
 * `pg_restore --exit-on-error --single-transaction`, then renamed into place. A target with tables is refused
 * unless `force`; then it is kept, renamed to `<name>_before_restore_<time>`, and its connections are closed.
 */
export async function restorePostgres(
  file: string,
  url: string,
  options: { force?: boolean } = {},
): Promise<RestoreResult> {
  checkMagic(file, [...Buffer.from(PG_DUMP_MAGIC)], "a pg_dump custom-format backup (made by npm run db:backup)");
  const target = parseDatabaseUrl(url);
  const existing = await tableCount(target, target.database);
  if (existing && !options.force)
    throw new BackupError(
      `database ${target.database} already holds ${existing} table(s): restore into a new database (change DATABASE_URL), or pass --force to replace it (the old one is kept under another name).`,
    );
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const scratch = `${target.database}_restore_${stamp}_${process.pid}`.slice(0, 63);
  const admin = await adminClient(target);
  try {
    await admin.query(`CREATE DATABASE ${quote(scratch)}`);
    try {
      await run(
        findPgTool("pg_restore"),
        ["--exit-on-error", "--single-transaction", "--no-owner", "--no-acl", "-d", scratch, file],
        libpqEnv(target, scratch),
      );
    } catch (error) {
      await admin.query(`DROP DATABASE IF EXISTS ${quote(scratch)} WITH (FORCE)`);
      throw error;
    }
    let replaced: string | null = null;
    if (existing === 0) await admin.query(`DROP DATABASE ${quote(target.database)} WITH (FORCE)`);
    else if (existing) {
      replaced = `${target.database}_before_restore_${stamp}`.slice(0, 63);
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [target.database],
      );
      await admin.query(`ALTER DATABASE ${quote(target.database)} RENAME TO ${quote(replaced)}`);
    }
    await admin.query(`ALTER DATABASE ${quote(scratch)} RENAME TO ${quote(target.database)}`);
    return { database: target.database, replaced };
  } finally {
    await admin.end();
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Writes the embedded database in `dir` to `file` (a gzipped tarball of its data directory). The app must not be
 * running on that directory: PGlite has one process, and a copy taken under a running server could be torn.
 */
export async function backupEmbedded(dir: string, file: string): Promise<void> {
  if (!existsSync(path.join(dir, "PG_VERSION")))
    throw new BackupError(`${dir} holds no embedded database (set EMBEDDED_DB_DIR, or DATABASE_URL for PostgreSQL).`);
  const db = await openPglite(dir);
  try {
    const blob = await db.dumpDataDir("gzip");
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const partial = `${file}.partial`;
    createOwnerOnlyFile(partial);
    await writeFile(partial, Buffer.from(await blob.arrayBuffer()));
    renameSync(partial, file);
  } finally {
    await db.close();
  }
}

async function openPglite(dir: string, load?: Blob): Promise<PGlite> {
  try {
    return await PGlite.create({ dataDir: dir, extensions: { pg_trgm }, loadDataDir: load });
  } catch (error) {
    throw new BackupError(
      `the embedded database in ${dir} could not be opened (${error instanceof Error ? error.message : String(error)}); is the app still running on it?`,
    );
  }
}

/**
 * Restores an embedded backup into `dir`: loaded into a fresh sibling directory and checked with a query first,
 * then renamed into place. A non-empty `dir` is refused unless `force`; then it is kept as `<dir>.before-restore-<time>`.
 */
export async function restoreEmbedded(
  file: string,
  dir: string,
  options: { force?: boolean } = {},
): Promise<RestoreResult> {
  checkMagic(file, GZIP_MAGIC, "an embedded-database backup (made by npm run db:backup without DATABASE_URL)");
  const occupied = existsSync(dir) && readdirSync(dir).length > 0;
  if (occupied && !options.force)
    throw new BackupError(
      `${dir} already holds a database: restore into another directory (EMBEDDED_DB_DIR), or pass --force to replace it (the old one is kept under another name).`,
    );
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const scratch = `${dir}.restore-${stamp}-${process.pid}`;
  mkdirSync(scratch, { recursive: true });
  try {
    const db = await openPglite(scratch, new Blob([readFileSync(file)]));
    try {
      await db.query("SELECT count(*) FROM pg_tables");
    } finally {
      await db.close();
    }
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  let replaced: string | null = null;
  if (occupied) {
    replaced = `${dir}.before-restore-${stamp}`;
    renameSync(dir, replaced);
  } else rmSync(dir, { recursive: true, force: true });
  renameSync(scratch, dir);
  return { database: dir, replaced };
}

/** The default backup file name: backups/navigator-<database>-<UTC time>.<ext>. */
export function defaultBackupFile(kind: "postgres" | "embedded", name: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*/, "Z");
  const safe = name.replace(/[^A-Za-z0-9_-]+/g, "_");
  return path.join("backups", `navigator-${safe}-${stamp}.${kind === "postgres" ? "dump" : "tar.gz"}`);
}
