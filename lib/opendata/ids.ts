import { v3 as uuidV3 } from "uuid";

/** The project's UUID namespace for name-based ids (also written in the record_uuids migration). */
export const ID_NAMESPACE = "0904ccc9-8f02-45d1-ae9f-fb71e4a35e9e";

/** Kinds of record that carry a stored `uuid` column. */
export type IdKind = "need" | "policy" | "mode" | "organization";

/**
 * The name-based id (RFC 4122 version 3) of a seeded record: the same slug gives the same id on every
 * database, so a re-seed, or the migration that added the column, gives reusers the ids they already hold.
 */
export function seedUuid(kind: IdKind, slug: string): string {
  return uuidV3(`${kind}:${slug}`, ID_NAMESPACE);
}

/**
 * Ids of exported objects that have no row of their own (a service is an organization running a mode; a
 * service area is a service in a region ...): derived from the stored ids of the rows they come from, so they
 * are as stable as those.
 */
export function derivedUuid(...parts: string[]): string {
  return uuidV3(parts.join(":"), ID_NAMESPACE);
}
