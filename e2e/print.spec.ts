import { expect, test } from "./support/test";
import { organizations } from "@/lib/db/seed/data/organizations";

for (const prefix of ["", "/en"]) {
  test(`${prefix}/organizations prints the results alone, across the page`, async ({ page }) => {
    await page.goto(`${prefix}/organizations`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("body > header")).toBeHidden();
    await expect(page.locator("body > footer")).toBeHidden();
    await expect(page.locator("#filters")).toBeHidden();
    await expect(page.locator('[data-print="hide"]')).toBeHidden();
    await expect(page.locator("main ol").first()).toBeVisible();
    // With the filters gone, the results take the whole width of the printed page.
    const width = await page.evaluate(() => document.querySelector("main")!.getBoundingClientRect().width);
    const results = await page
      .locator("main ol")
      .first()
      .evaluate((el) => el.getBoundingClientRect().width);
    expect(results).toBeGreaterThan(width * 0.9);
    await page.emulateMedia({ media: "screen" });
    await expect(page.locator("body > header")).toBeVisible();
    await expect(page.locator("#filters")).toBeVisible();
  });

  test(`${prefix} organization page prints without the site's navigation`, async ({ page }) => {
    await page.goto(`${prefix}/organizations/${organizations[0]!.slug}`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("body > header")).toBeHidden();
    await expect(page.locator("body > footer")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
}
