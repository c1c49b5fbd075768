import { regionCodeSchema, slugSchema } from "@/lib/domain/identifiers";
import { z } from "zod";
import { OrganizationType } from "@/lib/generated/prisma/enums";

/**
 * The /organizations query string is a public contract: people share it. It is
 * parsed here, once, and the parsed object drives the query, the facet counts,
 * the CSV export, the link preview and the frozen link.
 */

export const PAGE_SIZE = 20;
const MAX_PAGE = 10_000;
const MAX_VALUES = 20;
const MAX_QUERY_LENGTH = 100;

/** How several chosen needs combine, and the orders of the results (the filter form offers these). */
export const matchModes = ["any", "all"] as const;
export const sortOrders = ["match", "name", "reviewed", "size"] as const;
/** `verified=24m`: only organizations whose last verification is at most this many months old. */
export const VERIFIED_WITHIN_MONTHS = 24;
export const verifiedValue = `${VERIFIED_WITHIN_MONTHS}m` as const;

/** What each parameter accepts, value by value. */
const contract = {
  need: slugSchema,
  match: z.enum(matchModes),
  region: regionCodeSchema,
  mode: slugSchema,
  type: z.enum(OrganizationType),
  q: z.string().trim().max(MAX_QUERY_LENGTH),
  donations: z.enum(["1", "0"]),
  recognised: z.enum(["1", "0"]),
  fundraising: z.enum(["1", "0"]),
  verified: z.literal(verifiedValue),
  sort: z.enum(sortOrders),
  page: z.coerce.number().int().min(1),
};

type Param = keyof typeof contract;
const repeatable = new Set<Param>(["need", "mode", "type"]);

export type SortOrder = z.infer<typeof contract.sort>;
export type Match = z.infer<typeof contract.match>;

export type SearchParams = {
  needs: string[];
  match: Match;
  region: string | null;
  modes: string[];
  types: OrganizationType[];
  q: string;
  donations: boolean;
  /** A charity-organisation recognition date is entered (慈善组织认定). */
  recognised: boolean;
  /** A public-fundraising qualification date is entered (公开募捐资格). */
  fundraising: boolean;
  /** Leave out organizations not verified within VERIFIED_WITHIN_MONTHS (or never). */
  verified: boolean;
  sort: SortOrder;
  page: number;
};

export type IgnoredParam = {
  param: string;
  value: string;
  reason: "unknown-parameter" | "malformed" | "repeated" | "too-many" | "too-long" | "not-found";
};

export type ParsedSearch = { params: SearchParams; ignored: IgnoredParam[] };

export const defaultSearch: SearchParams = {
  needs: [],
  match: "any",
  region: null,
  modes: [],
  types: [],
  q: "",
  donations: false,
  recognised: false,
  fundraising: false,
  verified: false,
  sort: "match",
  page: 1,
};

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function entries(raw: RawParams): [string, string][] {
  if (raw instanceof URLSearchParams) return [...raw.entries()];
  return Object.entries(raw).flatMap(([key, value]) =>
    value === undefined
      ? []
      : Array.isArray(value)
        ? value.map((v) => [key, v] as [string, string])
        : [[key, value] as [string, string]],
  );
}

/** NUL and other control characters mean nothing in a search and PostgreSQL refuses NUL in text: they become spaces. */
const withoutControls = (value: string) => value.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Parses a query string leniently: what cannot be used is ignored and reported, never an error. */
export function parseSearchParams(raw: RawParams): ParsedSearch {
  const ignored: IgnoredParam[] = [];
  const values = new Map<Param, unknown[]>();

  for (const [key, rawValue] of entries(raw)) {
    const value = withoutControls(rawValue);
    if (!Object.hasOwn(contract, key)) {
      if (key !== "" && !key.startsWith("utm_"))
        ignored.push({ param: shown(key), value: shown(value), reason: "unknown-parameter" });
      continue;
    }
    const param = key as Param;
    if (param === "q" && value.trim().length > MAX_QUERY_LENGTH) {
      ignored.push({ param, value: shown(value), reason: "too-long" });
    }
    const candidate = param === "q" ? value.trim().slice(0, MAX_QUERY_LENGTH) : value;
    const parsed = contract[param].safeParse(candidate);
    if (!parsed.success) {
      if (value.trim() !== "") ignored.push({ param, value: shown(value), reason: "malformed" });
      continue;
    }
    const list = values.get(param) ?? [];
    if (!repeatable.has(param) && list.length > 0) {
      ignored.push({ param, value: shown(value), reason: "repeated" });
      continue;
    }
    if (list.includes(parsed.data)) continue;
    if (list.length >= MAX_VALUES) {
      ignored.push({ param, value: shown(value), reason: "too-many" });
      continue;
    }
    values.set(param, [...list, parsed.data]);
  }

  const first = <T>(param: Param): T | undefined => values.get(param)?.[0] as T | undefined;
  return {
    params: {
      needs: (values.get("need") as string[] | undefined) ?? [],
      match: first<Match>("match") ?? "any",
      region: first<string>("region") ?? null,
      modes: (values.get("mode") as string[] | undefined) ?? [],
      types: (values.get("type") as OrganizationType[] | undefined) ?? [],
      q: first<string>("q") ?? "",
      donations: first<string>("donations") === "1",
      recognised: first<string>("recognised") === "1",
      fundraising: first<string>("fundraising") === "1",
      verified: first<string>("verified") === verifiedValue,
      sort: first<SortOrder>("sort") ?? "match",
      page: Math.min(first<number>("page") ?? 1, MAX_PAGE),
    },
    ignored,
  };
}

/** The canonical query string (stable order, defaults left out), for links, exports and frozen lists. */
export function toQueryString(params: SearchParams, overrides: Partial<SearchParams> = {}): string {
  const p = { ...params, ...overrides };
  const query = new URLSearchParams();
  for (const need of p.needs) query.append("need", need);
  if (p.match !== "any" && p.needs.length > 1) query.set("match", p.match);
  if (p.region) query.set("region", p.region);
  for (const mode of p.modes) query.append("mode", mode);
  for (const type of p.types) query.append("type", type);
  if (p.q) query.set("q", p.q);
  if (p.donations) query.set("donations", "1");
  if (p.recognised) query.set("recognised", "1");
  if (p.fundraising) query.set("fundraising", "1");
  if (p.verified) query.set("verified", verifiedValue);
  if (p.sort !== "match") query.set("sort", p.sort);
  if (p.page > 1) query.set("page", String(p.page));
  const text = query.toString();
  return text ? `?${text}` : "";
}
