/** A mix of donor queries as people write them: single needs, combinations, regions, text, sorting, paging. */
export function queryMix(needs: string[], modes: string[]): string[] {
  const n = (i: number) => needs[i % needs.length]!;
  const m = (i: number) => modes[i % modes.length]!;
  return [
    "",
    ...needs.map((need) => `need=${need}`),
    `need=${n(0)}&need=${n(3)}`,
    `need=${n(0)}&need=${n(3)}&match=all`,
    `need=${n(1)}&need=${n(2)}&need=${n(4)}&match=all`,
    "region=510000",
    "region=520000&sort=reviewed",
    `need=${n(0)}&region=510000`,
    `need=${n(3)}&region=430000&donations=1`,
    `need=${n(2)}&region=511900`,
    `mode=${m(0)}`,
    `mode=${m(2)}&mode=${m(5)}&region=410000`,
    "type=SOCIAL_WORK_AGENCY",
    `type=FOUNDATION&need=${n(4)}&sort=size`,
    `q=${encodeURIComponent("心理")}`,
    `q=${encodeURIComponent("安全教育")}&region=530000`,
    "q=reading",
    `q=counselling&need=${n(3)}`,
    "donations=1&sort=name",
    `need=${n(0)}&page=3`,
    `need=${n(5)}&need=${n(6)}&region=500000&mode=${m(7)}&donations=1`,
  ];
}
