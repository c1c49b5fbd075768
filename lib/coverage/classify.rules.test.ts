import { describe, expect, it } from "vitest";
import { type RankableCell, classifyCell, compareUnderserved, isRankable, perTenThousand } from "./classify";

const cell = (overrides: Partial<RankableCell>): RankableCell => ({
  organizations: 0,
  hasPolicyCover: false,
  children: null,
  per10k: null,
  ...overrides,
});

/** Sorts named cells the way the "most underserved" list does and gives back their names. */
function rank(cells: Record<string, RankableCell>): string[] {
  return Object.entries(cells)
    .sort(([, a], [, b]) => compareUnderserved(a, b))
    .map(([name]) => name);
}

describe("coverage classes", () => {
  it("tell a donor whether a policy and local organizations meet the need", () => {
    expect(classifyCell(true, 3)).toBe("policy-and-organizations");
    expect(classifyCell(true, 0)).toBe("policy-no-organization");
    expect(classifyCell(false, 1)).toBe("organizations-no-policy");
    expect(classifyCell(false, 0)).toBe("neither");
  });
});

describe("organizations per 10,000 children", () => {
  it("is the ratio scaled to 10,000 children", () => {
    expect(perTenThousand(3, 20_000)).toBeCloseTo(1.5, 9);
    expect(perTenThousand(0, 5_000)).toBe(0);
  });

  it("is unknown without a positive children figure, never infinite or negative", () => {
    expect(perTenThousand(2, null)).toBeNull();
    expect(perTenThousand(2, undefined)).toBeNull();
    expect(perTenThousand(2, 0)).toBeNull();
    expect(perTenThousand(2, -100)).toBeNull();
  });
});

describe("the most underserved ranking", () => {
  it("ranks only cells the figures can place: empty cells by their children, served cells by their ratio", () => {
    expect(isRankable(cell({ children: 1_000 }))).toBe(true);
    expect(isRankable(cell({ children: null }))).toBe(false);
    expect(isRankable(cell({ children: 0 }))).toBe(false);
    expect(isRankable(cell({ organizations: 2, children: 1_000, per10k: 20 }))).toBe(true);
    expect(isRankable(cell({ organizations: 2, children: 1_000, per10k: null }))).toBe(false);
  });

  it("puts empty cells without a policy first, then empty cells with one, then served cells", () => {
    expect(
      rank({
        served: cell({ organizations: 1, per10k: 0.1, children: 100_000 }),
        emptyWithPolicy: cell({ hasPolicyCover: true, children: 10 }),
        emptyNoPolicy: cell({ children: 10 }),
      }),
    ).toEqual(["emptyNoPolicy", "emptyWithPolicy", "served"]);
  });

  it("among empty cells, puts the most children first and unknown figures last", () => {
    expect(
      rank({
        unknown: cell({ children: null }),
        few: cell({ children: 1 }),
        many: cell({ children: 90_000 }),
      }),
    ).toEqual(["many", "few", "unknown"]);
    expect(
      rank({
        unknown: cell({ hasPolicyCover: true, children: null }),
        few: cell({ hasPolicyCover: true, children: 1 }),
        many: cell({ hasPolicyCover: true, children: 90_000 }),
      }),
    ).toEqual(["many", "few", "unknown"]);
    expect(compareUnderserved(cell({ children: null }), cell({ children: 1 }))).toBeGreaterThan(0);
    expect(compareUnderserved(cell({ children: 1 }), cell({ children: null }))).toBeLessThan(0);
  });

  it("among served cells, puts the fewest per 10,000 children first, then unknown ratios", () => {
    expect(
      rank({
        unknown: cell({ organizations: 1 }),
        dense: cell({ organizations: 9, per10k: 5 }),
        sparse: cell({ organizations: 9, per10k: 0.5 }),
      }),
    ).toEqual(["sparse", "dense", "unknown"]);
    expect(rank({ known: cell({ organizations: 50, per10k: 9 }), unknown: cell({ organizations: 1 }) })).toEqual([
      "known",
      "unknown",
    ]);
  });

  it("breaks ties by fewer organizations, then by the cell no policy covers", () => {
    expect(
      rank({
        more: cell({ organizations: 4, per10k: 1 }),
        fewer: cell({ organizations: 2, per10k: 1 }),
      }),
    ).toEqual(["fewer", "more"]);
    expect(rank({ more: cell({ organizations: 4 }), fewer: cell({ organizations: 2 }) })).toEqual(["fewer", "more"]);
    expect(
      rank({
        covered: cell({ organizations: 2, per10k: 1, hasPolicyCover: true }),
        uncovered: cell({ organizations: 2, per10k: 1 }),
      }),
    ).toEqual(["uncovered", "covered"]);
  });

  it("keeps the given order for cells that tie on every count", () => {
    expect(compareUnderserved(cell({ children: 5 }), cell({ children: 5 }))).toBe(0);
    expect(compareUnderserved(cell({ organizations: 2, per10k: 1 }), cell({ organizations: 2, per10k: 1 }))).toBe(0);
  });
});
