import type { RecordKind } from "./kinds";

// How a record's links are written in a CSV cell, so that a spreadsheet can edit them and an export imports back
// unchanged:
// - a policy's needs and an organization's regions: slugs or region codes separated by ";" (or "；");
// - an organization's modes: mode slugs separated by ";", each with its scale in brackets when known:
//   `village-centre[sites=3,children=120,since=2015]; school-social-work`;
// - a mode's needs: a JSON list, because each need carries free text on how the mode meets it:
//   `[{"need":"safety-protection","howZh":"…","howEn":"…"}]`;
// - every record's sources and an organization's annual reports: JSON lists of objects with the form's field names,
//   `[{"title":"…","publisher":"…","url":"https://…","accessedOn":"2026-11-01","supportsZh":"…"}]`,
//   `[{"year":2025,"url":"https://…"}]` (free text with any punctuation survives a spreadsheet this way).

const sources = { column: "sources" };
export const linkColumns: Record<RecordKind, { column: string }[]> = {
  need: [sources],
  policy: [{ column: "needs" }, sources],
  mode: [{ column: "needs" }, sources],
  organization: [{ column: "modes" }, { column: "regions" }, { column: "annualReports" }, sources],
};

/** Reads a JSON list cell: the list, or null when the cell is not a JSON list of objects. Blank is an empty list. */
function jsonListCell(cell: string): Record<string, unknown>[] | null {
  if (!cell.trim()) return [];
  let list: unknown;
  try {
    list = JSON.parse(cell);
  } catch {
    return null;
  }
  if (!Array.isArray(list) || !list.every((item) => item !== null && typeof item === "object" && !Array.isArray(item)))
    return null;
  return list as Record<string, unknown>[];
}

/** The JSON cell of a list of objects, without null members (they read back as absent). */
const writeJsonList = (items: unknown[]) =>
  items.length
    ? JSON.stringify(
        (items as Record<string, unknown>[]).map((item) =>
          Object.fromEntries(Object.entries(item).filter(([, value]) => value !== null && value !== undefined)),
        ),
      )
    : "";

export type Lookups = { need: Map<string, number>; mode: Map<string, number>; region: Set<string> };
export type LinkCellResult = { value: unknown; unknown: boolean; invalid: boolean };

const splitList = (cell: string) =>
  cell
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter(Boolean);

const scaleKeys = { sites: "sites", children: "childrenServed", since: "sinceYear" } as const;

/** Reads a link cell into the value the record schema expects; an unknown slug or a malformed cell is flagged. */
export function readLinkCell(kind: RecordKind, column: string, cell: string, known: Lookups): LinkCellResult {
  let unknown = false;
  let invalid = false;
  const idOf = (map: Map<string, number>, slug: string) => {
    const id = map.get(slug);
    if (id === undefined) unknown = true;
    return id ?? 0;
  };
  if (column === "sources" || column === "annualReports") {
    const list = jsonListCell(cell);
    return { value: list ?? [], unknown, invalid: list === null };
  }
  if (kind === "organization" && column === "regions") {
    const codes = splitList(cell);
    unknown = codes.some((code) => !known.region.has(code));
    return { value: codes, unknown, invalid };
  }
  if (kind === "organization" && column === "modes") {
    const value = splitList(cell).map((entry) => {
      const match = /^([^[\]]+?)\s*(?:\[([^\]]*)\])?$/.exec(entry);
      if (!match) {
        invalid = true;
        return { modeId: 0 };
      }
      const link: Record<string, unknown> = { modeId: idOf(known.mode, match[1]!.trim()) };
      for (const pair of (match[2] ?? "").split(",").filter((p) => p.trim())) {
        const [key, number] = pair.split("=").map((s) => s.trim());
        const name = scaleKeys[key as keyof typeof scaleKeys];
        if (!name || number === undefined) invalid = true;
        else link[name] = number;
      }
      return link;
    });
    return { value, unknown, invalid };
  }
  if (kind === "mode") {
    if (!cell.trim()) return { value: [], unknown, invalid };
    let list: unknown;
    try {
      list = JSON.parse(cell);
    } catch {
      list = null;
    }
    if (!Array.isArray(list)) return { value: [], unknown, invalid: true };
    const value = list.map((entry: { need?: unknown; howZh?: unknown; howEn?: unknown }) => ({
      needId: idOf(known.need, String(entry?.need ?? "")),
      howZh: entry?.howZh,
      howEn: entry?.howEn ?? undefined,
    }));
    return { value, unknown, invalid };
  }
  return { value: splitList(cell).map((slug) => idOf(known.need, slug)), unknown, invalid };
}

/** Writes a record's links (as `linksFromRow` gives them) into its CSV cell. */
export function writeLinkCell(kind: RecordKind, column: string, links: Record<string, unknown>, known: Lookups) {
  const slugOf = (map: Map<string, number>) => new Map([...map].map(([slug, id]) => [id, slug]));
  const items = (links[column] ?? []) as unknown[];
  if (column === "sources" || column === "annualReports") return writeJsonList(items);
  if (kind === "organization" && column === "regions") return items.join(";");
  if (kind === "organization" && column === "modes") {
    const modeSlug = slugOf(known.mode);
    return (
      items as { modeId: number; sites: number | null; childrenServed: number | null; sinceYear: number | null }[]
    )
      .map((m) => {
        const scale = [
          m.sites == null ? "" : `sites=${m.sites}`,
          m.childrenServed == null ? "" : `children=${m.childrenServed}`,
          m.sinceYear == null ? "" : `since=${m.sinceYear}`,
        ].filter(Boolean);
        return `${modeSlug.get(m.modeId)}${scale.length ? `[${scale.join(",")}]` : ""}`;
      })
      .join(";");
  }
  const needSlug = slugOf(known.need);
  if (kind === "mode") {
    if (!items.length) return "";
    return JSON.stringify(
      (items as { needId: number; howZh: string; howEn: string | null }[]).map((n) => ({
        need: needSlug.get(n.needId),
        howZh: n.howZh,
        ...(n.howEn == null ? {} : { howEn: n.howEn }),
      })),
    );
  }
  return (items as number[]).map((id) => needSlug.get(id)).join(";");
}
