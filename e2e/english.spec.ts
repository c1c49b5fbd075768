import { expect, test } from "./support/test";

test("English pages name cities and counties in English", async ({ page }) => {
  await page.goto("/en/organizations/sample-qinghe-children-centre-sichuan");
  await expect(page.locator("main")).toContainText("Cangxi County");
  await expect(page.locator("main")).not.toContainText("苍溪县");

  await page.goto("/en/organizations?region=510000");
  const chips = page.getByRole("navigation", { name: /Sichuan/ });
  await expect(chips).toContainText("Guangyuan");
  expect(await chips.textContent()).not.toMatch(/\p{Script=Han}/u);

  const csv = await (await page.request.get("/en/organizations.csv?region=510800")).text();
  expect(csv).toContain("Cangxi County");
});

test("counts read right in English, and the language switch is named by its text", async ({ page }) => {
  await page.goto("/en/organizations?q=%E9%9D%92%E5%B7%9D");
  await expect(page.getByTestId("result-summary")).not.toContainText(/\b1 organizations\b/);
  const toChinese = page.getByRole("link", { name: "中文", exact: true });
  await expect(toChinese).toHaveAttribute("lang", "zh-CN");
  await page.goto("/");
  await expect(page.getByRole("link", { name: "English", exact: true })).toHaveAttribute("lang", "en");
});

test("unknown organizations and saved lists get their own not-found page inside the site", async ({ page }) => {
  for (const [url, heading] of [
    ["/organizations/no-such-organization", "没有找到这家机构"],
    ["/s/bogus", "没有找到这份保存的名单"],
    ["/en/organizations/no-such-organization", "Organization not found"],
    ["/en/s/bogus", "Saved list not found"],
  ] as const) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByRole("navigation").first()).toBeVisible();
  }
});

test("robots.txt keeps crawlers out of the staff area and saved lists; the manifest and icon are served", async ({
  request,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  for (const path of ["/admin", "/s/", "/en/s/"]) expect(robots).toContain(`Disallow: ${path}`);
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.name).toBe("公益导航");
  expect((await request.get("/icon.svg")).status()).toBe(200);
});
