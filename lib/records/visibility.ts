import { Prisma } from "@/lib/generated/prisma/client";

/** What donors may see: published records that have not been deleted. */
export const publicWhere = { status: "PUBLISHED", deletedAt: null } as const;

/**
 * The same rule in raw SQL, for the table or alias `table`: `WHERE ${isPublic("o")}`.
 * Every raw query of public data uses this, so the rule is written once for SQL as for Prisma.
 */
export function isPublic(table: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`not a table alias: ${table}`);
  return Prisma.raw(`${table}.status = 'PUBLISHED' AND ${table}.deleted_at IS NULL`);
}
