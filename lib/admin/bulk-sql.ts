import { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** A model field's column: the schema maps every camelCase field to its snake_case column. */
function columnOf(field: string): string {
  const column = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  if (!/^[a-z][a-z0-9_]*$/.test(column)) throw new Error(`not a column: ${field}`);
  return column;
}

const quoted = (names: string[]) => Prisma.raw(names.map((n) => `"${columnOf(n)}"`).join(", "));

/**
 * Inserts many rows of `table` in one statement whose one parameter is the rows as JSON, read back through the
 * table's own row type (jsonb_populate_recordset), so enum, date and number columns are cast by the database and
 * neither bind parameters nor per-row client work grow with the file. Only the columns the rows carry are
 * written (the others keep their defaults); `updated_at` is set as Prisma's @updatedAt would set it.
 * Rows that carry different sets of columns go in one statement per set.
 */
export async function insertRows(
  tx: Tx,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<{ id: number; slug: string }[]> {
  columnOf(table);
  const inserted: { id: number; slug: string }[] = [];
  for (const [key, group] of byColumns(rows, (row) => row)) {
    const fields = key.split(",");
    const json = JSON.stringify(
      group.map(({ defined }) => Object.fromEntries(fields.map((f) => [columnOf(f), defined[f]]))),
    );
    const target = Prisma.raw(`"${table}"`);
    inserted.push(
      ...(await tx.$queryRaw<{ id: number; slug: string }[]>`
        INSERT INTO ${target} (${quoted(fields)}, "updated_at")
        SELECT ${quoted(fields)}, now() FROM jsonb_populate_recordset(NULL::${target}, ${json}::jsonb)
        RETURNING "id", "slug"`),
    );
  }
  return inserted;
}

/** Link rows (columns named as the link table's fields) inserted in one statement, as `insertRows` does. */
export async function insertLinks(tx: Tx, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  const fields = Object.keys(rows[0]!);
  const json = JSON.stringify(rows.map((row) => Object.fromEntries(fields.map((f) => [columnOf(f), row[f] ?? null]))));
  const target = Prisma.raw(`"${columnOf(table)}"`);
  await tx.$executeRaw`
    INSERT INTO ${target} (${quoted(fields)})
    SELECT ${quoted(fields)} FROM jsonb_populate_recordset(NULL::${target}, ${json}::jsonb)`;
}

/** Rows grouped by the set of columns they carry (undefined values dropped), so each group is one statement. */
function byColumns<T>(rows: readonly T[], values: (row: T) => Record<string, unknown>) {
  const groups = new Map<string, { row: T; defined: Record<string, unknown> }[]>();
  for (const row of rows) {
    const defined = Object.fromEntries(Object.entries(values(row)).filter(([, v]) => v !== undefined));
    const key = Object.keys(defined).sort().join(",");
    const group = groups.get(key);
    if (group) group.push({ row, defined });
    else groups.set(key, [{ row, defined }]);
  }
  return groups;
}

/**
 * Updates many rows of `table` in one statement per set of columns, each only if it still has the version the
 * caller read (UPDATE ... FROM the rows as JSON WHERE id AND version, version + 1), and returns how many rows
 * were changed: fewer than given means some record moved on, and the caller refuses the whole batch.
 */
export async function updateRows(
  tx: Tx,
  table: string,
  rows: readonly { id: number; version: number; columns: Record<string, unknown> }[],
): Promise<number> {
  columnOf(table);
  let changed = 0;
  for (const [key, group] of byColumns(rows, (r) => r.columns)) {
    const fields = key ? key.split(",") : [];
    const json = JSON.stringify(
      group.map(({ row, defined }) => ({
        ...Object.fromEntries(fields.map((f) => [columnOf(f), defined[f]])),
        id: row.id,
        version: row.version,
      })),
    );
    const target = Prisma.raw(`"${table}"`);
    const set = Prisma.raw(fields.map((f) => `"${columnOf(f)}" = x."${columnOf(f)}", `).join(""));
    changed += await tx.$executeRaw`
      UPDATE ${target} AS t SET ${set}"version" = t."version" + 1, "updated_at" = now()
        FROM jsonb_populate_recordset(NULL::${target}, ${json}::jsonb) AS x
       WHERE t."id" = x."id" AND t."version" = x."version"`;
  }
  return changed;
}
