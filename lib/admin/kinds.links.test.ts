import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { Prisma } from "@/lib/generated/prisma/client";
import { type RecordKind, kinds, recordKinds } from "./kinds";

const database = setupTestDatabase();

/** The owner column of each kind's rows in record_source and in its link tables. */
const owner = { need: "need_id", policy: "policy_id", mode: "mode_id", organization: "organization_id" } as const;
const linkTables: Record<RecordKind, string[]> = {
  need: ["record_source"],
  policy: ["policy_need", "record_source"],
  mode: ["mode_need", "record_source"],
  organization: ["organization_mode", "organization_region", "annual_report", "record_source"],
};

type Rows = Record<string, unknown>[];
const query = (sql: Prisma.Sql) => database.prisma.$queryRaw<Rows>(sql);

/** A record's links read with plain SQL, in the shape the record form and its snapshot use. */
async function linksBySql(kind: RecordKind, id: number): Promise<Record<string, unknown>> {
  const sources = (
    await query(Prisma.sql`
      SELECT title, publisher, url, to_char(accessed_on, 'YYYY-MM-DD') AS "accessedOn", supports_zh AS "supportsZh",
             supports_en AS "supportsEn"
        FROM record_source WHERE ${Prisma.raw(owner[kind])} = ${id} ORDER BY position`)
  ).map((s) => ({
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    accessedOn: s.accessedOn,
    supportsZh: s.supportsZh,
    supportsEn: s.supportsEn,
  }));
  switch (kind) {
    case "need":
      return { sources };
    case "policy": {
      const needs = await query(Prisma.sql`SELECT need_id FROM policy_need WHERE policy_id = ${id} ORDER BY need_id`);
      return { needs: needs.map((n) => n.need_id), sources };
    }
    case "mode": {
      const needs = await query(Prisma.sql`
        SELECT need_id AS "needId", how_zh AS "howZh", how_en AS "howEn" FROM mode_need WHERE mode_id = ${id} ORDER BY need_id`);
      return { needs, sources };
    }
    case "organization": {
      const modes = await query(Prisma.sql`
        SELECT mode_id AS "modeId", sites, children_served AS "childrenServed", since_year AS "sinceYear"
          FROM organization_mode WHERE organization_id = ${id} ORDER BY mode_id`);
      const regions = await query(
        Prisma.sql`SELECT region_code FROM organization_region WHERE organization_id = ${id} ORDER BY region_code`,
      );
      const annualReports = await query(
        Prisma.sql`SELECT year, url FROM annual_report WHERE organization_id = ${id} ORDER BY year DESC`,
      );
      return { modes, regions: regions.map((r) => r.region_code), annualReports, sources };
    }
  }
}

/** A record's links as the write path reads them: its delegate, its include, then `linksFromRow`. */
async function linksRead(kind: RecordKind, id: number): Promise<Record<string, unknown>> {
  const spec = kinds[kind];
  const row = await spec.delegate(database.prisma).findUnique({ where: { id }, include: spec.include });
  if (!row) throw new Error(`no ${kind} ${id}`);
  return spec.linksFromRow(row);
}

/** The link rows (sources included) of every record of the kind except these: a write must leave them alone. */
async function othersLinkRows(kind: RecordKind, except: number[]): Promise<string> {
  const counts = await Promise.all(
    linkTables[kind].map(async (table) => {
      const [row] = await query(Prisma.sql`
        SELECT count(*)::int AS n, coalesce(sum(hashtext(t::text)), 0)::text AS h FROM ${Prisma.raw(table)} t
         WHERE ${Prisma.raw(owner[kind])} IS NOT NULL AND ${Prisma.raw(owner[kind])} <> ALL(${except})`);
      return `${table}:${row!.n}:${row!.h}`;
    }),
  );
  return counts.join(" ");
}

const sources = [
  {
    title: "年度调查",
    publisher: "某研究院",
    url: "https://example.org/survey",
    accessedOn: "2026-01-02",
    supportsZh: "数字",
    supportsEn: "figures",
  },
  { title: "访谈", supportsZh: "做法" },
];
const storedSources = [
  sources[0],
  { title: "访谈", publisher: null, url: null, accessedOn: null, supportsZh: "做法", supportsEn: null },
];

let needIds: number[];
let modeIds: number[];
const firstIds = async (kind: RecordKind) =>
  (await kinds[kind].delegate(database.prisma).findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 3 })).map(
    (r) => r.id,
  );

beforeAll(async () => {
  needIds = await firstIds("need");
  modeIds = await firstIds("mode");
  // Every kind's second record cites a source, so that a write that touched other records' sources would show.
  const columns = { need: "needId", policy: "policyId", mode: "modeId", organization: "organizationId" } as const;
  for (const kind of recordKinds) {
    const [, second] = await firstIds(kind);
    await database.prisma.recordSource.create({
      data: { [columns[kind]]: second, position: 0, title: "旧来源", supportsZh: "旧" },
    });
    if (kind === "organization")
      await database.prisma.annualReport.create({ data: { organizationId: second!, year: 2020 } });
  }
});

/** New links for a record of each kind, as the form gives them, and as they are stored. */
function newLinks(
  kind: RecordKind,
  variant: number,
): { raw: Record<string, unknown>; stored: Record<string, unknown> } {
  const [a, b] = variant ? [needIds[2]!, needIds[1]!] : [needIds[1]!, needIds[0]!];
  switch (kind) {
    case "need":
      return { raw: { sources }, stored: { sources: storedSources } };
    case "policy":
      return {
        raw: { needs: [String(a), b], sources },
        stored: { needs: [a, b].sort((x, y) => x - y), sources: storedSources },
      };
    case "mode":
      return {
        raw: {
          needs: [
            { needId: String(a), howZh: " 上门 ", howEn: "visits" },
            { needId: b, howZh: "电话" },
          ],
          sources: [],
        },
        stored: {
          needs: [
            { needId: a, howZh: "上门", howEn: "visits" },
            { needId: b, howZh: "电话", howEn: null },
          ].sort((x, y) => x.needId - y.needId),
          sources: [],
        },
      };
    case "organization": {
      const mode = modeIds[variant]!;
      return {
        raw: {
          modes: [{ modeId: String(mode), sites: "2", childrenServed: "300", sinceYear: "2019" }],
          regions: ["510104", "110101", "510104"],
          annualReports: [
            { year: "2023", url: "" },
            { year: "2024", url: "https://example.org/2024.pdf" },
          ],
          sources: [sources[1]],
        },
        stored: {
          modes: [{ modeId: mode, sites: 2, childrenServed: 300, sinceYear: 2019 }],
          regions: ["110101", "510104"],
          annualReports: [
            { year: 2024, url: "https://example.org/2024.pdf" },
            { year: 2023, url: null },
          ],
          sources: [storedSources[1]],
        },
      };
    }
  }
}

describe.each(recordKinds)("the links of a %s", (kind) => {
  const spec = kinds[kind];

  it("are replaced for one record, read back as written, and no other record's change", async () => {
    const [id, other] = await firstIds(kind);
    const untouched = await othersLinkRows(kind, [id!]);
    expect(untouched).not.toMatch(/:0:/);
    const otherBefore = await linksBySql(kind, other!);
    const { raw, stored } = newLinks(kind, 0);
    await database.prisma.$transaction((tx) => spec.writeLinks(tx, id!, spec.links.parse(raw)));
    expect(await linksBySql(kind, id!)).toEqual(stored);
    expect(await linksRead(kind, id!)).toEqual(stored);
    expect(await othersLinkRows(kind, [id!])).toBe(untouched);
    expect(await linksRead(kind, other!)).toEqual(otherBefore);
  });

  it("are replaced for many records at once, each with its own, and no other record's change", async () => {
    const [first, second, third] = await firstIds(kind);
    const untouched = await othersLinkRows(kind, [first!, third!]);
    const one = newLinks(kind, 0);
    const two = newLinks(kind, 1);
    await database.prisma.$transaction((tx) =>
      spec.writeLinksMany(tx, [
        { id: first!, links: spec.links.parse(one.raw) },
        { id: third!, links: spec.links.parse(two.raw) },
      ]),
    );
    expect(await linksBySql(kind, first!)).toEqual(one.stored);
    expect(await linksBySql(kind, third!)).toEqual(two.stored);
    expect(await othersLinkRows(kind, [first!, third!])).toBe(untouched);
    expect(await linksRead(kind, second!)).toEqual(await linksBySql(kind, second!));
  });
});

describe("links into a record (the delete warning)", () => {
  it("count a need's policies and modes, a mode's organizations, and none for policies and organizations", async () => {
    const [need] = await query(Prisma.sql`
      SELECT n.id, (SELECT count(*)::int FROM policy_need p WHERE p.need_id = n.id) AS policies,
             (SELECT count(*)::int FROM mode_need m WHERE m.need_id = n.id) AS modes
        FROM need n
       WHERE EXISTS (SELECT 1 FROM policy_need p WHERE p.need_id = n.id)
         AND EXISTS (SELECT 1 FROM mode_need m WHERE m.need_id = n.id)
       ORDER BY n.id LIMIT 1`);
    expect(await kinds.need.incomingLinks(database.prisma, need!.id as number)).toBe(
      (need!.policies as number) + (need!.modes as number),
    );
    const [mode] = await query(Prisma.sql`
      SELECT mode_id AS id, count(*)::int AS n FROM organization_mode GROUP BY mode_id ORDER BY n DESC, mode_id LIMIT 1`);
    expect(mode!.n).toBeGreaterThan(1);
    expect(await kinds.mode.incomingLinks(database.prisma, mode!.id as number)).toBe(mode!.n);
    const [policy] = await firstIds("policy");
    const [organization] = await firstIds("organization");
    expect(await kinds.policy.incomingLinks(database.prisma, policy!)).toBe(0);
    expect(await kinds.organization.incomingLinks(database.prisma, organization!)).toBe(0);
  });
});
