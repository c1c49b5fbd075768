import "./load-env";
import { statSync } from "node:fs";
import path from "node:path";
import { backupEmbedded, backupPostgres, defaultBackupFile } from "@/lib/db/backup";
import { parseDatabaseUrl } from "@/lib/db/config";
import { defaultEmbeddedDir } from "@/lib/db/embedded";
import { env } from "@/lib/env";
import { runScript } from "./run-script";

// `npm run db:backup [-- <file>]`: PostgreSQL (DATABASE_URL) through pg_dump -Fc, or the embedded database
// (EMBEDDED_DB_DIR, stop the app first) as a tarball of its data directory. Default file: backups/navigator-….
runScript(async () => {
  const settings = env();
  const requested = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
  const started = Date.now();
  let file: string;
  if (settings.DATABASE_URL) {
    const target = parseDatabaseUrl(settings.DATABASE_URL);
    file = requested ?? defaultBackupFile("postgres", target.database);
    console.log(`Backing up PostgreSQL ${target.host}:${target.port}/${target.database} with pg_dump -Fc …`);
    await backupPostgres(settings.DATABASE_URL, file);
  } else {
    const dir = settings.EMBEDDED_DB_DIR ?? defaultEmbeddedDir;
    file = requested ?? defaultBackupFile("embedded", path.basename(dir));
    console.log(`Backing up the embedded database in ${dir} …`);
    await backupEmbedded(dir, file);
  }
  const kib = Math.round(statSync(file).size / 1024);
  console.log(`Backup written: ${file} (${kib} KiB, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
});
