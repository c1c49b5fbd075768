import { expect, test } from "./support/test";
import { axeViolations } from "./support/axe";

// Every public page, in both languages; the desktop and mobile projects give the two widths.
const pages = [
  "/",
  "/organizations",
  "/organizations?need=safety-protection&region=520000",
  "/organizations?q=zzzz-no-match",
  "/organizations/sample-qinghe-children-centre-sichuan",
  "/needs",
  "/needs/safety-protection",
  "/policies",
  "/policies/2016-care-protection-opinions",
  "/modes",
  "/modes/village-childrens-centre",
  "/coverage",
  "/coverage?region=510000",
  "/about-data",
  "/data",
  "/report?kind=organization&slug=sample-qinghe-children-centre-sichuan",
  "/suggest",
  "/organizations/no-such-organization",
  "/s/no-such-list",
];

for (const path of pages) {
  for (const prefix of ["", "/en"]) {
    const url = prefix + (path === "/" && prefix ? "" : path);
    test(`axe finds nothing on ${url}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator("main")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test("axe finds nothing on a frozen list", async ({ page }) => {
  await page.goto("/organizations?need=safety-protection");
  await page.getByRole("button", { name: "保存这份名单" }).click();
  await expect(page).toHaveURL(/\/s\/\w+/);
  expect(await axeViolations(page)).toEqual([]);
});
