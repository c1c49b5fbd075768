import { z } from "zod";
import { regionCodeSchema, slugSchema } from "@/lib/domain/identifiers";

/** Largest page the API serves, and the default. */
export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 50;
/** Pages beyond this are refused: a reuser who wants everything downloads the data package. */
export const MAX_PAGE = 10_000;

/** NUL (which PostgreSQL refuses in text) and the other control characters have no place in a search. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const uuid = z.string().trim().toLowerCase().pipe(z.uuid());
const flag = z.enum(["true", "false"]);

/**
 * The query parameters of the HSDS list endpoints (the standard's, plus `need` and `region` of ours), one
 * schema for every list. Unknown parameters are ignored; a known one with a bad value is a 400.
 */
export const listParamsSchema = z.object({
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
  per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
  search: z
    .string()
    .trim()
    .max(100)
    .refine((value) => !CONTROL.test(value), "contains a control character")
    .optional(),
  taxonomy_term_id: uuid.optional(),
  taxonomy_id: uuid.optional(),
  organization_id: uuid.optional(),
  modified_after: z
    .string()
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value), "not an ISO 8601 date")
    .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00+08:00` : value))
    .refine((date) => !Number.isNaN(date.getTime()), "not a valid date")
    .optional(),
  need: slugSchema.optional(),
  region: regionCodeSchema.optional(),
  format: z.literal("json").optional(),
  full: z.literal("false").optional(),
  minimal: flag.optional(),
  /** Taxonomy terms: ours form no tree, so every term is top-level and none has a parent. */
  top_only: flag.optional(),
  parent_id: uuid.optional(),
});

export type ListParams = z.infer<typeof listParamsSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: { parameter: string; message: string }[] };

/** Reads the list parameters of a URL; a repeated parameter is an error (the standard's are single-valued). */
export function parseListParams(searchParams: URLSearchParams): ParseResult<ListParams> {
  const known = Object.keys(listParamsSchema.shape);
  const raw: Record<string, string> = {};
  const errors: { parameter: string; message: string }[] = [];
  for (const key of known) {
    const values = searchParams.getAll(key);
    if (values.length > 1) errors.push({ parameter: key, message: "given more than once" });
    else if (values.length === 1) raw[key] = values[0]!;
  }
  const result = listParamsSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      errors.push({ parameter: String(issue.path[0] ?? "?"), message: issue.message });
    }
  }
  if (errors.length || !result.success) return { ok: false, errors };
  return { ok: true, value: result.data };
}

/** A path id: a UUID, or a 400. */
export function parseId(id: string): ParseResult<string> {
  const result = uuid.safeParse(id);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: [{ parameter: "id", message: "not a UUID" }] };
}
