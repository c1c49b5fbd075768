// The four kinds of record staff edit. Kept apart from kinds.ts (schemas, database access) so that client
// components can import the list without pulling zod and Prisma into the browser bundle.
export const recordKinds = ["need", "policy", "mode", "organization"] as const;
export type RecordKind = (typeof recordKinds)[number];
export const isRecordKind = (value: string): value is RecordKind => (recordKinds as readonly string[]).includes(value);
