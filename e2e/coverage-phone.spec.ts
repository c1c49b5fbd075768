import { expect, test } from "./support/test";
import { axeViolations } from "./support/axe";
import { needs } from "@/lib/db/seed/data/needs";

// A phone as the server sees it: an Android Chrome user agent (the table is chosen for everything else).
const PHONE_UA =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36";
// Either layout's HTML, the markup and the React payload that hydrates it (decisions 046 and 052).
const MAX_HTML_BYTES = 150 * 1024;
const MAX_DOM_NODES = 800;

test.describe("the coverage page on a phone", () => {
  test.use({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true, userAgent: PHONE_UA });

  for (const [prefix, shaanxi, shanxi] of [
    ["", "陕西省", "山西省"],
    ["/en", "Shaanxi", "Shanxi"],
  ] as const) {
    test(`${prefix}/coverage is a list of one need's provinces that fits 375 px, small and axe-clean`, async ({
      page,
    }) => {
      test.slow();
      const response = await page.goto(`${prefix}/coverage`);
      expect((await response!.body()).length).toBeLessThanOrEqual(MAX_HTML_BYTES);
      await expect(page.getByTestId("coverage-matrix")).toHaveCount(0);
      const rows = page.getByTestId("region-list").locator("li");
      await expect(rows).toHaveCount(31);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(await page.evaluate(() => document.getElementsByTagName("*").length)).toBeLessThanOrEqual(MAX_DOM_NODES);
      // Full names, never cut: every row's text is whole and no name box overflows.
      await expect(page.locator('[data-testid="region-list"] li[data-region="610000"]')).toContainText(shaanxi);
      await expect(page.locator('[data-testid="region-list"] li[data-region="140000"]')).toContainText(shanxi);
      const clipped = await rows.evaluateAll((items) =>
        items.filter((li) => li.scrollWidth > li.clientWidth).map((li) => li.textContent),
      );
      expect(clipped).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test("choosing another need lists that need's provinces, and the table is one link away", async ({ page }) => {
    await page.goto("/en/coverage");
    const picker = page.getByTestId("need-picker");
    await expect(picker.getByRole("link")).toHaveCount(needs.length);
    await expect(picker.locator('[aria-current="true"]')).toHaveCount(1);
    await picker.getByRole("link", { name: /Nutrition and health/ }).click();
    await expect(page).toHaveURL(/\/en\/coverage\?layout=list&focus=nutrition-health$/);
    await expect(page.getByRole("heading", { level: 3 })).toHaveText("Nutrition and health");
    const guizhou = page.locator('[data-testid="region-list"] li[data-region="520000"]');
    await guizhou.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/en\/organizations\?need=nutrition-health&region=520000$/);

    await page.goto("/en/coverage");
    await page.getByTestId("layout-switch").getByRole("link", { name: /Table/ }).click();
    await expect(page).toHaveURL(/\/en\/coverage\?layout=table$/);
    await expect(page.getByTestId("coverage-matrix")).toBeVisible();
  });
});

test("a desktop browser gets the table, within its HTML budget, and can ask for the list", async ({ page }) => {
  const english = await page.goto("/en/coverage");
  expect((await english!.body()).length).toBeLessThanOrEqual(MAX_HTML_BYTES);
  const response = await page.goto("/coverage");
  expect((await response!.body()).length).toBeLessThanOrEqual(MAX_HTML_BYTES);
  await expect(page.getByTestId("coverage-matrix")).toBeVisible();
  await expect(page.getByTestId("region-list")).toHaveCount(0);
  // A cell's accessible name says where it is and what it shows.
  const link = page.locator('a[href$="?need=nutrition-health&region=520000"]');
  await expect(link).toHaveAccessibleName(/^营养健康 贵州省 /);
  await page.goto("/coverage?layout=list");
  await expect(page.getByTestId("region-list").locator("li")).toHaveCount(31);
});
