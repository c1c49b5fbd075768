import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { optionalText, optionalUrl, requiredText } from "@/lib/forms/field-errors";
import { optionalDate } from "./fields";
import type { RecordKind } from "./record-kinds";

// The sources a record cites (title, publisher, link, date accessed, what it supports), shared by the four record
// kinds: one schema for the form, the save and the CSV import; one way to read them from a form and a row; one way
// to replace them. They are links of the record, so they are saved, versioned and audited with it.

/** The most sources one record cites; blank form rows are dropped before this is checked. */
export const MAX_SOURCES = 20;
/** Blank rows the staff form offers below the sources already entered. */
export const BLANK_SOURCE_ROWS = 2;

export const sourceSchema = z.object({
  title: requiredText(300),
  publisher: optionalText(200),
  url: optionalUrl(500),
  accessedOn: optionalDate,
  supportsZh: requiredText(500),
  supportsEn: optionalText(800),
});
export type SourceValues = z.output<typeof sourceSchema>;
export const sourceFields = ["title", "publisher", "url", "accessedOn", "supportsZh", "supportsEn"] as const;

export const sourcesSchema = z.array(sourceSchema).max(MAX_SOURCES).default([]);

/** The column of `record_source` that points at a record of this kind. */
const ownerColumn = {
  need: "needId",
  policy: "policyId",
  mode: "modeId",
  organization: "organizationId",
} as const satisfies Record<RecordKind, string>;

export const sourcesInclude = {
  sources: {
    select: { title: true, publisher: true, url: true, accessedOn: true, supportsZh: true, supportsEn: true },
    orderBy: { position: "asc" },
  },
} as const;

/** The source rows of a form (`source.<n>.<field>`); rows left wholly blank are not sources. */
export function sourcesFromForm(form: FormData): Record<string, unknown>[] {
  const rows = new Map<number, Record<string, unknown>>();
  for (const [name, value] of form.entries()) {
    const match = /^source\.(\d{1,3})\.(\w+)$/.exec(name);
    if (!match || typeof value !== "string" || !(sourceFields as readonly string[]).includes(match[2]!)) continue;
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2]!]: value });
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => Object.values(row).some((v) => String(v).trim() !== ""));
}

/** A row's sources as plain values (dates as YYYY-MM-DD), the way the snapshot and the CSV keep them. */
export function sourcesFromRow(row: Record<string, unknown>): Record<string, unknown>[] {
  return ((row.sources ?? []) as Record<string, unknown>[]).map((s) => ({
    ...s,
    accessedOn: s.accessedOn instanceof Date ? s.accessedOn.toISOString().slice(0, 10) : (s.accessedOn ?? null),
  }));
}

/** Replaces the sources of the given records (one delete, one insert). */
export async function replaceSources(
  tx: Prisma.TransactionClient,
  kind: RecordKind,
  records: { id: number; links: Record<string, unknown> }[],
): Promise<void> {
  const column = ownerColumn[kind];
  await tx.recordSource.deleteMany({ where: { [column]: { in: records.map((r) => r.id) } } });
  await tx.recordSource.createMany({
    data: records.flatMap(({ id, links }) =>
      ((links.sources ?? []) as SourceValues[]).map((source, position) => ({ ...source, position, [column]: id })),
    ),
  });
}
