import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { modes } from "@/lib/db/seed/data/modes";
import { needs } from "@/lib/db/seed/data/needs";
import { organizations } from "@/lib/db/seed/data/organizations";
import { policies } from "@/lib/db/seed/data/policies";

// The demo figures as the seed defines them; the page must show these from the database.
const expected = {
  needs: needs.length,
  policies: policies.length,
  modes: modes.length,
  organizations: organizations.length,
  provinces: new Set(organizations.flatMap((o) => o.regions.map((code) => code.slice(0, 2)))).size,
};

for (const [path, lang, heading] of [
  ["/", "zh-CN", "让公益资源流向最需要的留守儿童"],
  ["/en", "en", "Steer charity to the left-behind children who need it most"],
] as const) {
  test(`home page ${path} shows the demo figures from the database`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    for (const [key, value] of Object.entries(expected)) {
      await expect(page.locator(`[data-figure="${key}"] dd`)).toHaveText(String(value));
    }
  });

  test(`home page ${path} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test("the language switch leads to the other language", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("an unknown address gives a 404 page in both languages", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("没有找到这个页面")).toBeVisible();
  await expect(page.getByText("Page not found")).toBeVisible();
});
