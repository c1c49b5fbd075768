import { expect, test } from "./support/test";
import { organizations } from "@/lib/db/seed/data/organizations";

for (const [prefix, back, crumbs] of [
  ["", "返回筛选结果", "位置"],
  ["/en", "Back to your results", "Breadcrumb"],
] as const) {
  test(`${prefix} an organization opened from filtered results leads back to those results`, async ({ page }) => {
    const results = `${prefix}/organizations?need=psychological-emotional&region=510000`;
    await page.goto(results);
    await page.locator("[data-result] h2 a").first().click();
    await expect(page).toHaveURL(/\/organizations\/[^?]+\?from=need%3Dpsychological-emotional%26region%3D510000$/);
    const link = page.getByRole("navigation", { name: crumbs }).getByRole("link", { name: back });
    await expect(link).toHaveAttribute("href", results);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${results.replace(/[?]/g, "\\?")}$`));
  });

  test(`${prefix} a from parameter that is not a results query gives no back link`, async ({ page }) => {
    const slug = organizations[0]!.slug;
    for (const from of ["%2F%2Fevil.example%2Fx", "https%3A%2F%2Fevil.example", "need%3D%3Cscript%3E"]) {
      const response = await page.goto(`${prefix}/organizations/${slug}?from=${from}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("link", { name: back })).toHaveCount(0);
    }
  });
}
