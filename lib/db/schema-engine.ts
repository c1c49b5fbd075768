import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { DriverAdapterError, bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { parseDatabaseUrl } from "./config";

export const schemaPath = path.join(process.cwd(), "prisma", "schema.prisma");
export const migrationsDir = path.join(process.cwd(), "prisma", "migrations");
const noFilters = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

// The WebAssembly engine reports a Rust panic here before it throws.
const panicRegistry = {
  message: "",
  set_message(message: string) {
    panicRegistry.message = message;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

/** Loads Prisma's schema engine compiled to WebAssembly (no native binary download). */
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": engineBindings });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHAR_MARK = "\u0001char";
const CHARACTER_COLUMN_TYPE = 6; // ColumnTypeEnum.Character

type QueryResultLike = { fields?: { name: string; dataTypeID: number }[] };

function markCharColumns<T>(result: T): T {
  for (const field of (result as QueryResultLike | undefined)?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      field.name += CHAR_MARK;
    }
  }
  return result;
}

/**
 * The engine introspects catalog columns of PostgreSQL's internal "char" type,
 * which @prisma/adapter-pg does not map. This client lets them through as text
 * with a mark on the column name, and `forSchemaEngine` restores their type.
 */
class IntrospectionClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: Error | null, result: unknown) => last(error, markCharColumns(result));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const pending = (super.query as (...a: unknown[]) => unknown)(...args);
    return pending instanceof Promise ? pending.then(markCharColumns) : pending;
  }
}

type ResultSet = { columnNames: string[]; columnTypes: number[] };
type Queryable = {
  queryRaw(query: unknown): Promise<ResultSet>;
  startTransaction?(...args: unknown[]): Promise<Queryable>;
  underlyingDriver?(): pg.Pool;
};

/**
 * The adapter runs a script by splitting it on ";", which breaks function
 * bodies in migrations; PostgreSQL's simple query protocol takes the script whole.
 */
async function executeWholeScript(pool: pg.Pool, script: string): Promise<void> {
  try {
    await pool.query(script);
  } catch (error) {
    const e = error as pg.DatabaseError;
    throw new DriverAdapterError({
      kind: "postgres",
      code: e.code ?? "N/A",
      severity: e.severity ?? "N/A",
      message: e.message,
      detail: e.detail,
      column: e.column,
      hint: e.hint,
    });
  }
}

/** Wraps a connection of the engine: whole scripts, and "char" columns restored. */
function forSchemaEngine<T extends Queryable>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === "queryRaw") {
        return async (query: unknown) => {
          const result = await target.queryRaw(query);
          result.columnNames.forEach((name, i) => {
            if (name.endsWith(CHAR_MARK)) {
              result.columnNames[i] = name.slice(0, -CHAR_MARK.length);
              result.columnTypes[i] = CHARACTER_COLUMN_TYPE;
            }
          });
          return result;
        };
      }
      if (property === "executeScript" && target.underlyingDriver) {
        const pool = target.underlyingDriver();
        return (script: string) => executeWholeScript(pool, script);
      }
      if (property === "startTransaction" && typeof value === "function") {
        return async (...args: unknown[]) =>
          forSchemaEngine(await (value as (...a: unknown[]) => Promise<Queryable>).apply(target, args));
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

type Disposable = { dispose(): Promise<void> };

/** The engine's driver adapter; `close` ends every pool it opened (the engine does not). */
function engineAdapter(target: ReturnType<typeof parseDatabaseUrl>) {
  const factory = new PrismaPg({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    database: target.database,
    max: 1,
    Client: IntrospectionClient,
  });
  const opened: Disposable[] = [];
  const track = <T extends Disposable>(connection: T): T => {
    opened.push(connection);
    return connection;
  };
  const adapter = bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => forSchemaEngine(track(await factory.connect())),
    connectToShadowDb: async () => forSchemaEngine(track(await factory.connectToShadowDb())),
  } as unknown as PrismaPg);
  return { adapter, close: () => Promise.all(opened.map((c) => c.dispose().catch(() => undefined))) };
}

/** Runs `work` with a schema engine connected to the database at `url`. */
export async function withSchemaEngine<T>(
  url: string,
  work: (engine: SchemaEngine, schema: string) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const target = parseDatabaseUrl(url);
  const { adapter, close } = engineAdapter(target);
  const schema = await readFile(schemaPath, "utf8");
  const engine = (await engineBindings.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => undefined,
    adapter,
  )) as SchemaEngine;
  try {
    return await work(engine, schema);
  } catch (error) {
    if (panicRegistry.message) throw new Error(`schema engine failed: ${panicRegistry.message}`, { cause: error });
    throw error;
  } finally {
    engine.free();
    await close();
  }
}

/** Reads prisma/migrations in the layout `prisma migrate deploy` expects. */
export async function readMigrations(dir = migrationsDir): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(path.join(dir, name, "migration.sql"), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

/** Applies pending migrations and records them in _prisma_migrations; returns the names applied. */
export async function applyMigrations(url: string): Promise<string[]> {
  const migrationsList = await readMigrations();
  return withSchemaEngine(url, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return result.appliedMigrationNames;
  });
}

/**
 * SQL that would bring the database at `url` to schema.prisma. On a database
 * that has every migration applied, an empty answer means no drift.
 */
export async function diffDatabaseToSchema(url: string): Promise<string> {
  return withSchemaEngine(url, async (engine, schema) => {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: [{ path: schemaPath, content: schema }], configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    } as Parameters<SchemaEngine["diff"]>[0]);
    return (result.stdout ?? "").trim();
  });
}
