import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { modes } from "@/lib/db/seed/data/modes";
import { needs } from "@/lib/db/seed/data/needs";
import { organizations } from "@/lib/db/seed/data/organizations";

/** Organizations in the demo data that meet a need in a province, counted from the seed files (all demo records are published). */
function seedCount(needSlug: string, provincePrefix: string): number {
  const modesMeeting = new Set(modes.filter((m) => m.needs.some((n) => n.need === needSlug)).map((m) => m.slug));
  return organizations.filter(
    (o) => o.regions.some((code) => code.startsWith(provincePrefix)) && o.modes.some((m) => modesMeeting.has(m.mode)),
  ).length;
}

const cell = (page: Page, need: string, region: string) =>
  page.locator(`td:has(> a[href$="?need=${need}&region=${region}"])`);

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    ),
  ).toEqual([]);
}

for (const [prefix, lang, heading, gap] of [
  ["", "zh-CN", "缺口地图 · 全国各省", "空白"],
  ["/en", "en", "Coverage map · All provinces", "Gap"],
] as const) {
  test(`${prefix}/coverage renders the need × province matrix with the database's counts`, async ({ page }) => {
    await page.goto(`${prefix}/coverage`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    const rows = page.getByTestId("coverage-matrix").locator("tbody tr");
    await expect(rows).toHaveCount(needs.length);
    await expect(page.getByTestId("coverage-matrix").locator("thead th")).toHaveCount(1 + 31);
    for (const [need, province] of [
      ["psychological-emotional", "51"],
      ["nutrition-health", "52"],
      ["parent-child-contact", "11"],
    ] as const) {
      const count = seedCount(need, province);
      await expect(cell(page, need, `${province}0000`).locator("b")).toHaveText(count > 0 ? String(count) : gap);
    }
    await expect(cell(page, "safety-protection", "110000")).toContainText(gap);
    await expect(page.getByTestId("tile-map").getByRole("link")).toHaveCount(31);
    // No children figures in the demo data: nothing is ranked (never by region code), and the page says why.
    await expect(page.getByTestId("underserved-unranked")).toBeVisible();
    await expect(page.getByTestId("underserved")).toHaveCount(0);
  });

  test(`${prefix}/coverage: a cell opens the results page for that need and region`, async ({ page }) => {
    await page.goto(`${prefix}/coverage`);
    await cell(page, "nutrition-health", "520000").getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/organizations\\?need=nutrition-health&region=520000$`));
  });
}

// One language per view keeps axe's run short: the national view in Chinese, a drilled view in English.
for (const path of ["/coverage", "/en/coverage?region=510000&sort=gaps"]) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    // axe checks a few hundred links and cells here; give it room on a busy machine.
    test.slow();
    await page.goto(path);
    await expectNoSeriousViolations(page);
  });
}

test("drilling into a province by URL shows its prefectures, and a tile leads there too", async ({ page }) => {
  await page.goto("/coverage?region=510000");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("缺口地图 · 四川省");
  await expect(page).toHaveTitle(/^缺口地图 · 四川省 · 7 类需求 · \d+ 处空白/);
  await expect(page.getByTestId("coverage-matrix").locator("thead th")).toContainText(["需求", "成都市", "南充市"]);
  await expect(page.getByTestId("tile-map")).toHaveCount(0);
  // The province's total for a need equals its cell on the national view.
  const need = page.getByTestId("need-summary").locator('tr[data-need="psychological-emotional"] td').nth(1);
  await expect(need).toHaveText(String(seedCount("psychological-emotional", "51")));

  await page.goto("/coverage");
  await page
    .getByTestId("tile-map")
    .getByRole("link", { name: /贵州省：/ })
    .click();
  await expect(page).toHaveURL(/\/coverage\?region=520000$/);
  await expect(page.getByRole("navigation", { name: "地区层级" })).toContainText("贵州省");
});

test("the view form keeps the region and filters needs by URL", async ({ page }) => {
  await page.goto("/en/coverage?region=510000");
  await page.getByRole("checkbox", { name: "Nutrition and health" }).check();
  await page.getByRole("combobox", { name: "Order regions" }).selectOption("gaps");
  await page.getByRole("button", { name: "Update view" }).click();
  await expect(page).toHaveURL(/\/en\/coverage\?region=510000&sort=gaps&need=nutrition-health$/);
  await expect(page.getByTestId("coverage-matrix").locator("tbody tr")).toHaveCount(1);
});

test("an unknown region code says so and shows all provinces; bad parameters are ignored", async ({ page }) => {
  const response = await page.goto("/coverage?region=999999&sort=nonsense&need=%25%25");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("999999");
  await expect(page.getByTestId("coverage-matrix").locator("tbody tr")).toHaveCount(needs.length);
});

test("the CSV export follows the view's URL and starts with a BOM", async ({ request }) => {
  const response = await request.get("/en/coverage/export?region=510000&need=nutrition-health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const body = await response.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const lines = body.trim().split("\r\n");
  expect(lines[0]).toContain("need_slug,need,policies,region_code");
  expect(lines.slice(1).every((line) => line.startsWith("nutrition-health,"))).toBe(true);
});

test("at 375 px the page does not scroll sideways; the matrix scrolls inside its own box", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/coverage");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const box = page.getByTestId("coverage-matrix").locator("xpath=..");
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expect(page.getByTestId("coverage-matrix").locator("tbody th").first()).toBeVisible();
});

test("a coverage view has a link preview that summarises it, with an image that renders", async ({ page }) => {
  await page.goto("/coverage?region=510000");
  expect(await page.title()).toMatch(/^缺口地图 · 四川省 · \d+ 类需求 · \d+ 处空白/);
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toContain("/og/coverage?region=510000");
  const response = await page.request.get(image!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
});
