import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { searchOrganizations } from ".";
import { buildConditions } from "./conditions";
import { countFacets } from "./facets";
import { parseSearchParams } from "./params";
import { countSampleMatches, countSampleShare, sampleMatches } from "./sample-count";
import { dropSuggestions } from "./suggestions";
import { wideningSteps } from "./widen";

// Anqing (340800) holds one organization of the demo data: it meets safety, guardianship and schooling, and
// takes no donations.
const ANQING = "340800";

describe("widening an empty result", () => {
  const database = setupTestDatabase();
  const run = (query: string) =>
    searchOrganizations(database.prisma, parseSearchParams(new URLSearchParams(query)), "zh");
  const stepsFor = async (query: string) => {
    const outcome = await run(query);
    expect(outcome.facets.total, query).toBe(0);
    return wideningSteps(
      database.prisma,
      "zh",
      outcome.search,
      await dropSuggestions(database.prisma, "zh", outcome.search),
    );
  };
  /** Each step's count is what the search itself finds behind its link (which keeps the other filters). */
  const expectCountsFollowLinks = async (steps: Awaited<ReturnType<typeof stepsFor>>) => {
    for (const step of steps) {
      const [path, query = ""] = step.href.split("?");
      expect(path).toBe("/organizations");
      expect((await run(query)).facets.total, step.href).toBe(step.total);
    }
  };

  it("offers the parent region, any instead of all, and the most restrictive other filter, with counts", async () => {
    const query = `need=safety-protection&need=nutrition-health&match=all&region=${ANQING}`;
    const steps = await stepsFor(query);
    expect(steps.map((s) => [s.kind, s.href])).toEqual([
      ["parent-region", "/organizations?need=safety-protection&need=nutrition-health&match=all&region=340000"],
      ["match-any", `/organizations?need=safety-protection&need=nutrition-health&region=${ANQING}`],
      // Dropping safety would still give nothing in Anqing; dropping nutrition gives its one organization.
      ["drop-filter", `/organizations?need=safety-protection&region=${ANQING}`],
    ]);
    expect(steps.map((s) => s.kind === "match-any" || s.label)).toEqual(["安徽省", true, "营养健康"]);
    await expectCountsFollowLinks(steps);
  });

  it("widens a city to its province and a province to the whole country, keeping the other filters", async () => {
    const city = await stepsFor(`region=${ANQING}&donations=1`);
    const province = city.find((s) => s.kind === "parent-region")!;
    expect(province).toMatchObject({ label: "安徽省", href: "/organizations?region=340000&donations=1" });
    expect(city.find((s) => s.kind === "drop-filter")).toMatchObject({ label: "接受捐赠", total: 1 });
    await expectCountsFollowLinks(city);

    const country = await stepsFor("need=nutrition-health&region=620000");
    expect(country.find((s) => s.kind === "parent-region")).toMatchObject({
      label: "全国",
      href: "/organizations?need=nutrition-health",
    });
    // The region is widened, not offered again as a filter to drop.
    expect(country.filter((s) => s.kind === "drop-filter").map((s) => s.label)).not.toContain("甘肃省");
    await expectCountsFollowLinks(country);
  });

  it("leaves out steps that still give nothing, and any-instead-of-all when it changes nothing", async () => {
    const steps = await stepsFor(`need=nutrition-health&region=${ANQING}`);
    expect(steps.every((s) => s.total > 0)).toBe(true);
    expect(steps.some((s) => s.kind === "match-any")).toBe(false);
  });

  it("runs at most two counts of its own, however many filters are set", async () => {
    const counts: number[] = [];
    for (const query of [
      `region=${ANQING}&donations=1`,
      `need=safety-protection&need=nutrition-health&need=social-recreational&match=all&region=${ANQING}&donations=1&recognised=1&type=FOUNDATION`,
    ]) {
      const outcome = await run(query);
      const dropped = await dropSuggestions(database.prisma, "zh", outcome.search);
      const before = database.queryCount();
      await wideningSteps(database.prisma, "zh", outcome.search, dropped);
      counts.push(database.queryCount() - before);
    }
    // One count of the existing kind, for scale.
    const outcome = await run(`region=340000&donations=1`);
    const before = database.queryCount();
    await countFacets(database.prisma, outcome.search, buildConditions(outcome.search));
    const perCount = database.queryCount() - before;
    for (const count of counts) expect(count).toBeLessThanOrEqual(2 * perCount);
  });
});

describe("counting sample records", () => {
  const database = setupTestDatabase();

  it("counts the sample organizations among a search's matches as plain SQL does", async () => {
    // One organization becomes a real record, so that the counts differ from the totals.
    await database.prisma.$executeRaw`UPDATE organization SET is_sample = FALSE
      WHERE id = (SELECT min(o.id) FROM organization o JOIN organization_region r ON r.organization_id = o.id
                   WHERE r.region_code LIKE '51%')`;
    for (const query of ["", "region=510000", "need=safety-protection", "region=340800&donations=1"]) {
      const outcome = await searchOrganizations(database.prisma, parseSearchParams(new URLSearchParams(query)), "zh");
      const matched = await database.prisma.organization.count({
        where: { isSample: true, id: { in: await allIds(query) } },
      });
      expect(await countSampleMatches(database.prisma, outcome.search), query).toBe(matched);
    }
    const [row] = await database.prisma.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM organization WHERE is_sample AND status = 'PUBLISHED' AND deleted_at IS NULL`;
    const [all] = await database.prisma.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM organization WHERE status = 'PUBLISHED' AND deleted_at IS NULL`;
    expect(await countSampleShare(database.prisma)).toEqual({
      samples: Number(row!.count),
      visible: Number(all!.count),
    });
  });

  it("counts only a mix: no samples gives 0 and all samples gives the total, without the counting statement", async () => {
    const never = () => Promise.reject(new Error("the counting statement should not run"));
    expect(await sampleMatches(40, { samples: 0, visible: 900 }, never)).toBe(0);
    expect(await sampleMatches(40, { samples: 900, visible: 900 }, never)).toBe(40);
    expect(await sampleMatches(0, { samples: 5, visible: 900 }, never)).toBe(0);
    expect(await sampleMatches(40, { samples: 5, visible: 900 }, () => Promise.resolve(3))).toBe(3);
  });

  async function allIds(query: string): Promise<number[]> {
    const ids: number[] = [];
    for (let page = 1; ; page++) {
      const outcome = await searchOrganizations(
        database.prisma,
        parseSearchParams(new URLSearchParams(`${query}&page=${page}`)),
        "zh",
      );
      ids.push(...outcome.results.map((r) => r.id));
      if (page >= outcome.pageCount) return ids;
    }
  }
});
