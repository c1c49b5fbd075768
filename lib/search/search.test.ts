import { beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@/lib/db/test-database";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { searchOrganizations } from ".";
import { parseSearchParams } from "./params";

/** Plain-SQL reference over the link tables (not the trigger-kept arrays the search uses). */
async function referenceIds(
  database: TestDatabase,
  filters: {
    needs?: string[];
    match?: "any" | "all";
    region?: string;
    modes?: string[];
    types?: string[];
    donations?: boolean;
    recognised?: boolean;
    fundraising?: boolean;
    verified?: boolean;
    like?: string;
  },
): Promise<number[]> {
  const meets = (slug: string) => `EXISTS (SELECT 1 FROM organization_mode om
      JOIN intervention_mode m ON m.id = om.mode_id AND m.status = 'PUBLISHED' AND m.deleted_at IS NULL
      JOIN mode_need mn ON mn.mode_id = om.mode_id JOIN need n ON n.id = mn.need_id
     WHERE om.organization_id = o.id AND n.slug = '${slug}')`;
  const where = ["o.status = 'PUBLISHED'", "o.deleted_at IS NULL"];
  if (filters.needs?.length)
    where.push(`(${filters.needs.map(meets).join(filters.match === "all" ? " AND " : " OR ")})`);
  if (filters.region)
    where.push(`EXISTS (SELECT 1 FROM organization_region orr JOIN region r ON r.code = orr.region_code
      WHERE orr.organization_id = o.id AND '${filters.region}' IN (r.code, r.city_code, r.province_code))`);
  if (filters.modes?.length)
    where.push(`EXISTS (SELECT 1 FROM organization_mode om JOIN intervention_mode m ON m.id = om.mode_id
      WHERE om.organization_id = o.id AND m.slug IN (${filters.modes.map((s) => `'${s}'`).join(",")}))`);
  if (filters.types?.length) where.push(`o.type::text IN (${filters.types.map((t) => `'${t}'`).join(",")})`);
  if (filters.donations) where.push("o.accepts_donations");
  if (filters.recognised) where.push("o.charity_recognised_on IS NOT NULL");
  if (filters.fundraising) where.push("o.fundraising_qualified_on IS NOT NULL");
  // By calendar month in China time: verified in the month 24 months ago or later.
  if (filters.verified)
    where.push(`(o.reviewed_at AT TIME ZONE 'Asia/Shanghai')
      >= date_trunc('month', (now() AT TIME ZONE 'Asia/Shanghai') - interval '24 months')`);
  if (filters.like)
    where.push(`concat_ws(' ', o.name_zh, o.name_en, o.description_zh, o.description_en) ~* '${filters.like}'`);
  const rows = await database.prisma.$queryRawUnsafe<{ id: number }[]>(
    `SELECT o.id FROM organization o WHERE ${where.join(" AND ")} ORDER BY o.id`,
  );
  return rows.map((r) => r.id);
}

async function allResultIds(database: TestDatabase, query: string): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const outcome = await searchOrganizations(
      database.prisma,
      parseSearchParams(new URLSearchParams(`${query}&page=${page}`)),
      "zh",
    );
    ids.push(...outcome.results.map((r) => r.id));
    if (page >= outcome.pageCount) break;
  }
  return ids.sort((a, b) => a - b);
}

describe("organization search against the database", () => {
  const database = setupTestDatabase();
  let needSlugs: string[];
  let modeSlugs: string[];

  beforeAll(async () => {
    needSlugs = (await database.prisma.need.findMany({ select: { slug: true }, orderBy: { sortOrder: "asc" } })).map(
      (n) => n.slug,
    );
    modeSlugs = (
      await database.prisma.interventionMode.findMany({ select: { slug: true }, orderBy: { sortOrder: "asc" } })
    ).map((m) => m.slug);
  });

  const run = (query: string) =>
    searchOrganizations(database.prisma, parseSearchParams(new URLSearchParams(query)), "zh");

  it("matches plain SQL for each need, for any and all, with regions, modes, types and donations", async () => {
    const cases: [string, Parameters<typeof referenceIds>[1]][] = [
      ["", {}],
      ...needSlugs.map((n): [string, Parameters<typeof referenceIds>[1]] => [`need=${n}`, { needs: [n] }]),
      [`need=${needSlugs[0]}&need=${needSlugs[3]}`, { needs: [needSlugs[0]!, needSlugs[3]!] }],
      [`need=${needSlugs[0]}&need=${needSlugs[3]}&match=all`, { needs: [needSlugs[0]!, needSlugs[3]!], match: "all" }],
      ["region=510000", { region: "510000" }],
      [`need=${needSlugs[1]}&region=520000`, { needs: [needSlugs[1]!], region: "520000" }],
      [`mode=${modeSlugs[0]}&mode=${modeSlugs[5]}`, { modes: [modeSlugs[0]!, modeSlugs[5]!] }],
      ["type=SOCIAL_WORK_AGENCY&donations=1", { types: ["SOCIAL_WORK_AGENCY"], donations: true }],
      [`q=${encodeURIComponent("心理")}&need=${needSlugs[0]}`, { like: "心理", needs: [needSlugs[0]!] }],
      [`q=reading&region=430000`, { like: "\\mreading", region: "430000" }],
    ];
    for (const [query, filters] of cases) {
      const expected = await referenceIds(database, filters);
      expect(await allResultIds(database, query), query).toEqual(expected);
      expect((await run(query)).facets.total, query).toBe(expected.length);
    }
  });

  it("counts each facet option as plain SQL does with the other filters", async () => {
    const base = { region: "510000" };
    const outcome = await run(`need=${needSlugs[0]}&region=510000&donations=1`);
    for (const need of outcome.search.needs) {
      expect(outcome.facets.needs.get(need.id) ?? 0, need.slug).toBe(
        (await referenceIds(database, { ...base, donations: true, needs: [need.slug] })).length,
      );
    }
    for (const mode of outcome.search.modes) {
      expect(outcome.facets.modes.get(mode.id) ?? 0, mode.slug).toBe(
        (await referenceIds(database, { ...base, donations: true, needs: [needSlugs[0]!], modes: [mode.slug] })).length,
      );
    }
    for (const [type, count] of outcome.facets.types) {
      expect(count, type).toBe(
        (await referenceIds(database, { ...base, donations: true, needs: [needSlugs[0]!], types: [type] })).length,
      );
    }
    for (const province of ["510000", "410000", "620000"]) {
      expect(outcome.facets.provinces.get(province) ?? 0, province).toBe(
        (await referenceIds(database, { donations: true, needs: [needSlugs[0]!], region: province })).length,
      );
    }
    expect(outcome.facets.donations).toBe(
      (await referenceIds(database, { ...base, needs: [needSlugs[0]!], donations: true })).length,
    );
    const citySum = [...outcome.facets.subregions.values()].reduce((a, b) => a + b, 0);
    expect(citySum).toBeGreaterThanOrEqual(outcome.facets.total);
    expect(outcome.facets.subregions.size).toBeGreaterThan(0);
    for (const [city, count] of outcome.facets.subregions)
      expect(count, city).toBe(
        (await referenceIds(database, { donations: true, needs: [needSlugs[0]!], region: city })).length,
      );
  });

  it("counts facets on the text path and inside a city as plain SQL does", async () => {
    const city = (
      await database.prisma.$queryRaw<{ city: string }[]>`
      SELECT r.city_code AS city FROM organization_region orr JOIN region r ON r.code = orr.region_code
       GROUP BY r.city_code ORDER BY count(*) DESC, r.city_code LIMIT 1`
    )[0]!.city;
    for (const [query, base] of [
      [`q=${encodeURIComponent("安全")}`, { like: "安全" }],
      [`region=${city}`, { region: city }],
    ] as const) {
      const outcome = await run(query);
      expect(outcome.facets.total, query).toBe((await referenceIds(database, base)).length);
      for (const need of outcome.search.needs) {
        expect(outcome.facets.needs.get(need.id) ?? 0, `${query} ${need.slug}`).toBe(
          (await referenceIds(database, { ...base, needs: [need.slug] })).length,
        );
      }
      for (const [type, count] of outcome.facets.types) {
        expect(count, `${query} ${type}`).toBe((await referenceIds(database, { ...base, types: [type] })).length);
      }
    }
  });

  it("orders by the number of chosen needs met, and says through which modes", async () => {
    const outcome = await run(`need=${needSlugs[0]}&need=${needSlugs[1]}&need=${needSlugs[3]}`);
    const counts = outcome.results.map((r) => r.matchedCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const result of outcome.results) {
      expect(result.matches.length).toBe(result.matchedCount);
      for (const match of result.matches) {
        for (const mode of match.modes) {
          const [linked] = await database.prisma.$queryRaw<{ count: bigint }[]>`
            SELECT count(*) FROM organization o
              JOIN organization_mode om ON om.organization_id = o.id JOIN intervention_mode m ON m.id = om.mode_id
              JOIN mode_need mn ON mn.mode_id = m.id JOIN need n ON n.id = mn.need_id
             WHERE o.slug = ${result.slug} AND m.slug = ${mode.slug} AND n.slug = ${match.need.slug}`;
          expect(Number(linked!.count), `${result.slug} ${match.need.slug} ${mode.slug}`).toBe(1);
        }
      }
    }
  });

  it("finds two-character Chinese words and English words, using the text index", async () => {
    for (const [q, pattern] of [
      ["心理", "心理"],
      ["安全", "安全"],
      ["reading", "\\mreading"],
      ["counsel", "\\mcounsel"],
    ] as const) {
      const expected = await referenceIds(database, { like: pattern });
      expect(expected.length, q).toBeGreaterThan(0);
      expect(await allResultIds(database, `q=${encodeURIComponent(q)}`), q).toEqual(expected);
    }
    expect((await run("q=zzzzqqq")).facets.total).toBe(0);
  });

  it("shows only published organizations, and needs met only through published modes", async () => {
    const [organization] = await referenceIds(database, { needs: [needSlugs[0]!] });
    await database.prisma.organization.update({ where: { id: organization }, data: { status: "DRAFT" } });
    expect(await allResultIds(database, `need=${needSlugs[0]}`)).not.toContain(organization);
    await database.prisma.organization.update({ where: { id: organization }, data: { status: "PUBLISHED" } });

    const mode = await database.prisma.interventionMode.findFirstOrThrow({
      where: { slug: modeSlugs[3] },
      include: { needs: { include: { need: true } } },
    });
    const need = mode.needs[0]!.need.slug;
    await database.prisma.interventionMode.update({ where: { id: mode.id }, data: { status: "DRAFT" } });
    expect(await allResultIds(database, `need=${need}`)).toEqual(await referenceIds(database, { needs: [need] }));
    await database.prisma.interventionMode.update({ where: { id: mode.id }, data: { status: "PUBLISHED" } });
    expect(await allResultIds(database, `need=${need}`)).toEqual(await referenceIds(database, { needs: [need] }));
  });

  it("keeps the derived filter columns right when links change", async () => {
    const organization = await database.prisma.organization.findFirstOrThrow({
      include: { modes: true, regions: true },
    });
    await database.prisma.organizationRegion.create({
      data: { organizationId: organization.id, regionCode: "620102" },
    });
    expect(await allResultIds(database, "region=620000")).toContain(organization.id);
    await database.prisma.organizationRegion.delete({
      where: { organizationId_regionCode: { organizationId: organization.id, regionCode: "620102" } },
    });
    expect(await allResultIds(database, "region=620000")).toEqual(await referenceIds(database, { region: "620000" }));
  });

  it("loads a page in a fixed number of queries whatever the number of results", async () => {
    const queriesFor = async (query: string) => {
      const before = database.queryCount();
      const outcome = await run(query);
      return { queries: database.queryCount() - before, results: outcome.results.length };
    };
    const fullPage = await queriesFor(`need=${needSlugs[0]}&region=510000`);
    const fewResults = await queriesFor(`need=${needSlugs[5]}&region=430000`);
    expect(fullPage.results).toBeGreaterThan(fewResults.results);
    expect(fullPage.queries).toBe(fewResults.queries);
    expect((await queriesFor("")).queries).toBeLessThanOrEqual(fullPage.queries);
    expect(fullPage.queries).toBeLessThanOrEqual(20);
  });

  it("shows the last page for a page past the end, and reports unknown slugs", async () => {
    const outcome = await run("page=999&need=no-such-need&region=999999");
    expect(outcome.page).toBe(outcome.pageCount);
    expect(outcome.requestedPage).toBe(999);
    expect(outcome.ignored.map((i) => `${i.param}:${i.reason}`)).toEqual(["need:not-found", "region:not-found"]);
  });

  it("counts needs under match=all as what adding each need would give", async () => {
    const chosen = [needSlugs[0]!, needSlugs[1]!];
    const outcome = await run(`need=${chosen[0]}&need=${chosen[1]}&match=all`);
    for (const need of outcome.search.needs) {
      const needs = chosen.includes(need.slug) ? chosen : [...chosen, need.slug];
      expect(outcome.facets.needs.get(need.id) ?? 0, need.slug).toBe(
        (await referenceIds(database, { needs, match: "all" })).length,
      );
    }
    const anyOutcome = await run(`need=${chosen[0]}`);
    for (const need of anyOutcome.search.needs) {
      expect(anyOutcome.facets.needs.get(need.id) ?? 0, `any ${need.slug}`).toBe(
        (await referenceIds(database, { needs: [need.slug] })).length,
      );
    }
  });

  it("drills a province down to its cities only, counting each as plain SQL does", async () => {
    const outcome = await run("region=510000");
    const codes = [...outcome.facets.subregions.keys()];
    expect(codes.length).toBeGreaterThan(1);
    for (const code of codes) {
      expect(code).toMatch(/^51\d\d00$/);
      expect(code).not.toBe("510000");
      expect(outcome.facets.subregions.get(code), code).toBe((await referenceIds(database, { region: code })).length);
    }
  });

  it("matches a one-character Chinese query as a character, not as no query at all", async () => {
    const all = (await run("")).facets.total;
    const single = await run(`q=${encodeURIComponent("心")}`);
    expect(single.facets.total).toBeGreaterThan(0);
    expect(single.facets.total).toBeLessThan(all);
    for (const result of single.results) {
      const text = await database.prisma.organization.findUniqueOrThrow({
        where: { id: result.id },
        select: { nameZh: true, descriptionZh: true },
      });
      expect(`${text.nameZh}${text.descriptionZh}`).toContain("心");
    }
  });

  it("counts the trust filters (recognised, fundraising, verified within 24 months) as plain SQL does", async () => {
    // Dates on some organizations only, and verification ages on both sides of the 24-month line (and never);
    // 24 months ago to the day is still inside it (by month), 25 months is not.
    await database.prisma.$executeRaw`
      UPDATE organization SET
        charity_recognised_on = CASE WHEN id % 3 = 0 THEN DATE '2020-05-01' END,
        fundraising_qualified_on = CASE WHEN id % 4 = 1 THEN DATE '2021-09-01' END,
        reviewed_at = CASE id % 6 WHEN 0 THEN NULL WHEN 1 THEN now() - interval '30 months'
                                  WHEN 2 THEN now() - interval '24 months' WHEN 3 THEN now() - interval '25 months'
                                  ELSE now() - interval '2 months' END`;
    const flags = ["recognised", "fundraising", "verified"] as const;
    const queries: [string, Parameters<typeof referenceIds>[1]][] = [
      ["", {}],
      ["recognised=1", { recognised: true }],
      ["fundraising=1&verified=24m", { fundraising: true, verified: true }],
      [`verified=24m&need=${needSlugs[0]}&region=510000`, { verified: true, needs: [needSlugs[0]!], region: "510000" }],
      [`recognised=1&verified=24m&q=${encodeURIComponent("心理")}`, { recognised: true, verified: true, like: "心理" }],
      ["fundraising=1&region=510100", { fundraising: true, region: "510100" }],
      [
        `recognised=1&need=${needSlugs[0]}&region=510000`,
        { recognised: true, needs: [needSlugs[0]!], region: "510000" },
      ],
    ];
    for (const [query, base] of queries) {
      const outcome = await run(query);
      const expected = await referenceIds(database, base);
      expect(outcome.facets.total, query).toBe(expected.length);
      expect(await allResultIds(database, query || "sort=match"), query).toEqual(expected);
      for (const flag of flags)
        expect(outcome.facets[flag], `${query} ${flag}`).toBe(
          (await referenceIds(database, { ...base, [flag]: true })).length,
        );
      for (const need of outcome.search.needs)
        expect(outcome.facets.needs.get(need.id) ?? 0, `${query} ${need.slug}`).toBe(
          (await referenceIds(database, { ...base, needs: [need.slug] })).length,
        );
      // The drill-down: from city_profile for a province, from the organizations otherwise.
      for (const [code, count] of outcome.facets.subregions)
        expect(count, `${query} ${code}`).toBe((await referenceIds(database, { ...base, region: code })).length);
      for (const province of ["510000", "430000"])
        expect(outcome.facets.provinces.get(province) ?? 0, `${query} ${province}`).toBe(
          (await referenceIds(database, { ...base, region: province })).length,
        );
    }
    expect((await run("recognised=1")).facets.total).toBeGreaterThan(0);
    expect((await run("verified=24m")).facets.total).toBeLessThan((await run("")).facets.total);
  });
});

describe("free text counted from the lexeme profiles", () => {
  const database = setupTestDatabase();
  let needSlugs: string[];
  const run = (query: string) =>
    searchOrganizations(database.prisma, parseSearchParams(new URLSearchParams(query)), "zh");

  beforeAll(async () => {
    const { prisma } = database;
    needSlugs = (await prisma.need.findMany({ select: { slug: true }, orderBy: { sortOrder: "asc" } })).map(
      (n) => n.slug,
    );
    // Organizations verified before the 24-month window, never verified, with trust dates, and one that holds
    // only a longer word of a profiled one ("readings", not "reading").
    await prisma.$executeRaw`
      UPDATE organization SET
        charity_recognised_on = CASE WHEN id % 3 = 0 THEN DATE '2020-05-01' END,
        reviewed_at = CASE id % 5 WHEN 0 THEN NULL WHEN 1 THEN now() - interval '30 months'
                                  ELSE now() - interval '2 months' END`;
    const mode = await prisma.interventionMode.findFirstOrThrow({ orderBy: { id: "asc" } });
    await prisma.organization.create({
      data: {
        slug: "readings-only",
        nameZh: "读书会",
        type: "VOLUNTEER_GROUP",
        descriptionZh: "乡村读书会，心理陪伴。",
        descriptionEn: "Readings aloud in village schools.",
        status: "PUBLISHED",
        modes: { create: [{ modeId: mode.id }] },
        regions: { create: [{ regionCode: "430100" }] },
      },
    });
    // A name that holds a common word, verified long ago: it still ranks first for that word.
    await prisma.organization.create({
      data: {
        slug: "named-for-the-word",
        nameZh: "心理关爱社",
        type: "GRASSROOTS_NGO",
        descriptionZh: "陪伴。",
        status: "PUBLISHED",
        reviewedAt: new Date("2019-01-01"),
        regions: { create: [{ regionCode: "510100" }] },
      },
    });
    // The demo directory is small: every lexeme of two organizations or more is profiled here.
    await prisma.$executeRaw`SELECT rebuild_lexeme_profiles(2)`;
  });

  /** Every count of a query's facets against plain SQL over the records. */
  async function expectFacetsAsPlainSql(query: string, base: Parameters<typeof referenceIds>[1]) {
    const outcome = await run(query);
    const count = async (filters: Parameters<typeof referenceIds>[1]) => (await referenceIds(database, filters)).length;
    expect(outcome.facets.total, query).toBe(await count(base));
    expect(outcome.facets.total, `${query} finds something`).toBeGreaterThan(0);
    for (const flag of ["donations", "recognised", "fundraising", "verified"] as const)
      expect(outcome.facets[flag], `${query} ${flag}`).toBe(await count({ ...base, [flag]: true }));
    for (const need of outcome.search.needs)
      expect(outcome.facets.needs.get(need.id) ?? 0, `${query} ${need.slug}`).toBe(
        await count({ ...base, needs: base.needs?.includes(need.slug) ? base.needs : [need.slug] }),
      );
    for (const mode of outcome.search.modes)
      expect(outcome.facets.modes.get(mode.id) ?? 0, `${query} ${mode.slug}`).toBe(
        await count({ ...base, modes: [mode.slug] }),
      );
    for (const type of ["GRASSROOTS_NGO", "FOUNDATION", "VOLUNTEER_GROUP"])
      expect(outcome.facets.types.get(type) ?? 0, `${query} ${type}`).toBe(await count({ ...base, types: [type] }));
    for (const province of ["510000", "430000", "530000", "620000"])
      expect(outcome.facets.provinces.get(province) ?? 0, `${query} ${province}`).toBe(
        await count({ ...base, region: province }),
      );
    for (const [code, n] of outcome.facets.subregions)
      expect(n, `${query} ${code}`).toBe(await count({ ...base, region: code }));
    // The page of rows stays right too.
    expect(await allResultIds(database, query), `${query} results`).toEqual(await referenceIds(database, base));
  }

  it("profiles the common words of the queries below and not the rare one", async () => {
    const profiled = await database.prisma.$queryRaw<{ lexeme: string }[]>`
      SELECT lexeme FROM profiled_lexeme WHERE lexeme IN ('心理', 'reading', 'readings', '安全') ORDER BY lexeme`;
    expect(profiled.map((p) => p.lexeme)).toEqual(["reading", "安全", "心理"]);
  });

  it("counts a common Chinese word as plain SQL does, alone and with other filters and a region", async () => {
    const q = encodeURIComponent("心理");
    await expectFacetsAsPlainSql(`q=${q}`, { like: "心理" });
    await expectFacetsAsPlainSql(`q=${q}&need=${needSlugs[0]}&region=510000`, {
      like: "心理",
      needs: [needSlugs[0]!],
      region: "510000",
    });
    await expectFacetsAsPlainSql(`q=${q}&verified=24m`, { like: "心理", verified: true });
    const [city] = await database.prisma.$queryRaw<{ code: string }[]>`
      SELECT r.city_code AS code FROM organization o JOIN organization_region orr ON orr.organization_id = o.id
        JOIN region r ON r.code = orr.region_code
       WHERE o.search_vector @@ '心理'::tsquery AND o.status = 'PUBLISHED' AND r.city_code IS NOT NULL
       ORDER BY 1 LIMIT 1`;
    await expectFacetsAsPlainSql(`q=${q}&region=${city!.code}`, { like: "心理", region: city!.code });
  });

  it("counts a common English word, with the organizations that hold only a longer word of it", async () => {
    await expectFacetsAsPlainSql("q=reading", { like: "\\mreading" });
    expect((await run("q=reading")).results.map((r) => r.slug)).toContain("readings-only");
    await expectFacetsAsPlainSql("q=reading&region=430000", { like: "\\mreading", region: "430000" });
    await expectFacetsAsPlainSql(`q=reading&verified=24m&need=${needSlugs[1]}`, {
      like: "\\mreading",
      verified: true,
      needs: [needSlugs[1]!],
    });
  });

  it("counts several common words from the rarest one's profile, as plain SQL does", async () => {
    await expectFacetsAsPlainSql(`q=${encodeURIComponent("安全教育")}`, { like: "(?=.*安全)(?=.*全教)(?=.*教育)" });
    await expectFacetsAsPlainSql("q=reading+children", { like: "(?=.*\\mreading)(?=.*\\mchildren)" });
    await expectFacetsAsPlainSql(`q=children+${encodeURIComponent("心理")}&verified=24m&region=510000`, {
      like: "(?=.*\\mchildren)(?=.*心理)",
      verified: true,
      region: "510000",
    });
  });

  it("counts rare words from the organizations, as plain SQL does", async () => {
    const [rare] = await database.prisma.$queryRaw<{ word: string }[]>`
      SELECT word FROM ts_stat('SELECT search_vector FROM organization_filter WHERE visible')
       WHERE ndoc = 1 AND word ~ '^[一-鿿]{2}$' ORDER BY word LIMIT 1`;
    await expectFacetsAsPlainSql(`q=${encodeURIComponent(rare!.word)}`, { like: rare!.word });
    await expectFacetsAsPlainSql("q=readings", { like: "\\mreadings" });
    await expectFacetsAsPlainSql(`q=readings+${encodeURIComponent("心理")}`, { like: "(?=.*\\mreadings)(?=.*心理)" });
  });

  it("ranks the results whose name holds the words first, each part by review date, page after page", async () => {
    const ordered: number[] = [];
    for (let page = 1; ; page++) {
      const outcome = await run(`q=${encodeURIComponent("心理")}&page=${page}`);
      ordered.push(...outcome.results.map((r) => r.id));
      if (page >= outcome.pageCount) break;
    }
    const expected = await database.prisma.$queryRaw<{ id: number; hit: boolean }[]>`
      SELECT o.id, concat_ws(' ', o.name_zh, o.name_en) LIKE '%心理%' AS hit FROM organization o
       WHERE o.status = 'PUBLISHED' AND o.deleted_at IS NULL AND o.search_vector @@ '心理'::tsquery
       ORDER BY 2 DESC, coalesce(o.reviewed_at, '-infinity') DESC, o.id`;
    expect(expected.filter((e) => e.hit).length).toBeGreaterThan(0);
    expect(ordered).toEqual(expected.map((e) => e.id));
  });
});
