import { z } from "zod";
import { REGION_CODE_PATTERN, SLUG_PATTERN } from "@/lib/domain/identifiers";

/** How the matrix's region columns are ordered. */
export const columnSorts = ["region", "fewest", "per10k", "gaps"] as const;

/** How the view is drawn: the need × region table, or one need at a time as a list (the phone layout). */
export const coverageLayouts = ["table", "list"] as const;
export type CoverageLayout = (typeof coverageLayouts)[number];

const MAX_NEEDS = 20;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** `need` may repeat (?need=a&need=b) or be comma-separated (?need=a,b); bad slugs are dropped. */
const needList = (value: unknown) =>
  (Array.isArray(value) ? value : [value])
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => SLUG_PATTERN.test(v))
    .slice(0, MAX_NEEDS);

/**
 * The /coverage URL contract, shared by the page, the CSV export and the
 * page metadata. Malformed values are ignored, never an error: a shared link
 * that went stale still shows a useful view.
 */
export const coverageQuerySchema = z.object({
  region: z.preprocess(first, z.string().regex(REGION_CODE_PATTERN)).optional().catch(undefined),
  sort: z.preprocess(first, z.enum(columnSorts)).catch("region"),
  need: z.preprocess(needList, z.array(z.string())).catch([]),
  /** Unset: chosen from the device (see lib/coverage/layout.ts). */
  layout: z.preprocess(first, z.enum(coverageLayouts)).optional().catch(undefined),
  /** The need the list layout shows (unset: the view's first need). */
  focus: z.preprocess(first, z.string().regex(SLUG_PATTERN)).optional().catch(undefined),
});

export type CoverageQuery = z.infer<typeof coverageQuerySchema>;

export type SearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

export function parseCoverageQuery(input: SearchParamsInput): CoverageQuery {
  const record: Record<string, string | string[] | undefined> = {};
  if (input instanceof URLSearchParams) {
    for (const key of new Set(input.keys())) record[key] = input.getAll(key);
  } else {
    Object.assign(record, input);
  }
  return coverageQuerySchema.parse({
    region: record.region,
    sort: record.sort,
    need: record.need ?? [],
    layout: record.layout,
    focus: record.focus,
  });
}

/** The query string for a view, leaving out defaults so that links stay short. */
export function coverageSearch(query: Partial<CoverageQuery>): string {
  const params = new URLSearchParams();
  if (query.region) params.set("region", query.region);
  if (query.sort && query.sort !== "region") params.set("sort", query.sort);
  if (query.need?.length) params.set("need", query.need.join(","));
  if (query.layout) params.set("layout", query.layout);
  if (query.focus) params.set("focus", query.focus);
  const text = params.toString();
  return text ? `?${text}` : "";
}
