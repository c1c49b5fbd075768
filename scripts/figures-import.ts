import "./load-env";
import { readFile } from "node:fs/promises";
import { createPrismaClient } from "@/lib/db/client";
import { openDatabaseTarget } from "@/lib/db/target";
import { applyFiguresImport, checkFiguresImport } from "@/lib/coverage/figures";
import { fill } from "@/lib/i18n/fill";
import { getMessages } from "@/lib/i18n";
import { runScript } from "./run-script";

// npm run figures:import -- figures.csv [--apply]
// Checks a need-intensity figures file (a dry run by default) and, with
// --apply, writes it in one transaction, only if every row is valid.
runScript(async () => {
  const args = process.argv.slice(2);
  const apply = args.includes("--apply");
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new Error("Usage: npm run figures:import -- <file.csv> [--apply]");
  const bytes = new Uint8Array(await readFile(file));
  const target = await openDatabaseTarget();
  const prisma = createPrismaClient(target.url, 1);
  try {
    console.log(`Database: ${target.description}`);
    const report = apply ? await applyFiguresImport(prisma, bytes) : await checkFiguresImport(prisma, bytes);
    const t = getMessages("en").coverage;
    for (const error of report.errors) {
      console.error(
        `${fill(t.errorRow, { row: error.row })}: ${fill(t.errors[error.code], { column: error.column ?? "", detail: error.detail ?? "" })}`,
      );
    }
    if (report.errors.length) throw new Error(`${report.errors.length} problem(s) found; nothing was written`);
    const counts = `${report.rows} row(s): ${report.created} new, ${report.updated} updated`;
    console.log(
      report.applied ? `Applied. ${counts}.` : `Dry run, nothing written. ${counts}. Run again with --apply to write.`,
    );
  } finally {
    await prisma.$disconnect();
    await target.close();
  }
});
