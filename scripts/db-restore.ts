import "./load-env";
import { restoreEmbedded, restorePostgres } from "@/lib/db/backup";
import { defaultEmbeddedDir } from "@/lib/db/embedded";
import { env } from "@/lib/env";
import { runScript } from "./run-script";

// `npm run db:restore -- <file> [--force]`: restores a backup from `npm run db:backup` into the database in use
// (DATABASE_URL, or EMBEDDED_DB_DIR). It is loaded into a fresh database first and swapped in only when complete;
// a target that already holds data is refused unless --force (the old one is then kept under another name).
runScript(async () => {
  const settings = env();
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const unknown = args.filter((arg) => arg.startsWith("-") && arg !== "--force");
  const files = args.filter((arg) => !arg.startsWith("-"));
  if (unknown.length || files.length !== 1) throw new Error("usage: npm run db:restore -- <backup file> [--force]");
  const file = files[0]!;
  const started = Date.now();
  const result = settings.DATABASE_URL
    ? await restorePostgres(file, settings.DATABASE_URL, { force })
    : await restoreEmbedded(file, settings.EMBEDDED_DB_DIR ?? defaultEmbeddedDir, { force });
  console.log(`Restored ${file} into ${result.database} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  if (result.replaced) console.log(`The previous database is kept as ${result.replaced}; remove it once you are sure.`);
  console.log("Run npm run db:migrate (or npm start) to bring an older backup up to the current schema.");
});
