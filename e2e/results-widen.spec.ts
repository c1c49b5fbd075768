import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { axeViolations } from "./support/axe";

// Anqing (340800) holds one organization of the demo data; it meets safety but not nutrition.
const EMPTY = "need=safety-protection&need=nutrition-health&match=all&region=340800";
const meta = (page: Page, attribute: "name" | "property", key: string) =>
  page.locator(`meta[${attribute}="${key}"]`).getAttribute("content");

test("an empty result offers the parent region, any instead of all, and the filter to drop, each with its count", async ({
  page,
}) => {
  test.slow();
  await page.goto(`/organizations?${EMPTY}`);
  const empty = page.getByTestId("empty-state");
  await expect(empty.locator("[data-widen]")).toHaveText([
    "扩大到安徽省：1 家机构",
    "改为满足任一所选需求：1 家机构",
    "去掉「营养健康」可看到 1 家机构",
  ]);
  // Every step's count is what its link then shows, and the link keeps the other filters.
  const links = await empty
    .locator("[data-widen] a")
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
  expect(links).toEqual([
    "/organizations?need=safety-protection&need=nutrition-health&match=all&region=340000",
    "/organizations?need=safety-protection&need=nutrition-health&region=340800",
    "/organizations?need=safety-protection&region=340800",
  ]);
  for (const link of links) {
    await page.goto(link!);
    await expect(page.locator("[data-result]")).toHaveCount(1);
    await expect(page.getByTestId("result-summary")).toContainText("1 家机构");
  }
});

test("with sample data an empty result says plainly that it cannot show a gap, in both languages", async ({ page }) => {
  test.slow();
  await page.goto(`/organizations?${EMPTY}`);
  await expect(page.getByTestId("empty-meaning")).toHaveText(
    "目前目录中的机构是示例数据。示例数据不能说明这里存在缺口。",
  );
  await expect(page.getByTestId("empty-state")).not.toContainText("缺口地图");
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(`/en/organizations?${EMPTY}`);
  await expect(page.getByTestId("empty-state").locator("[data-widen]")).toHaveText([
    "Widen to Anhui: 1 organization",
    "Any of the chosen needs instead of all: 1 organization",
    "Without “Nutrition and health”: 1 organization",
  ]);
  await expect(page.getByTestId("empty-meaning")).toContainText("Sample data cannot show a gap.");
});

test("titles and link previews say that the counted organizations are sample data", async ({ page }) => {
  test.slow();
  // Other browser tests add real organizations before this one runs, so the seed's "all samples" may have become
  // "N of them samples": either is right, as long as every text says the same.
  await page.goto("/organizations?need=safety-protection");
  const zh = /\d+ 家机构(（(?:均为示例数据|其中 \d+ 家为示例数据)）) · 公益导航$/;
  await expect(page).toHaveTitle(zh);
  const zhNotice = zh.exec(await page.title())![1]!;
  for (const [attribute, key] of [
    ["name", "description"],
    ["property", "og:title"],
    ["property", "og:description"],
  ] as const)
    expect(await meta(page, attribute, key), key).toContain(zhNotice);

  await page.goto("/en/organizations?need=safety-protection");
  const en = /organizations (\((?:all sample data|\d+ of them (?:is|are) sample data)\)) · Resource Navigator$/;
  await expect(page).toHaveTitle(en);
  expect(await meta(page, "property", "og:description")).toContain(en.exec(await page.title())![1]!);

  await page.goto("/");
  await expect(page).toHaveTitle("公益导航：让公益资源流向农村留守儿童（含示例数据）");
  await page.goto("/en");
  await expect(page).toHaveTitle(
    "Resource Navigator: steering charity to rural left-behind children (with sample data)",
  );
});

test("a link with unusable parts says so plainly", async ({ page }) => {
  await page.goto("/organizations?colour=red&region=51");
  const notice = page.getByRole("status").filter({ hasText: "链接里有几处无法使用" });
  await expect(notice.getByRole("listitem")).toHaveText([
    "“colour”一项“red”：本站不使用这一项",
    "地区“51”：这个值无法识别",
  ]);
});

test("the coverage view drawn for the device tells shared caches what it varies on", async ({ request }) => {
  for (const path of ["/coverage", "/en/coverage", "/coverage?region=510000"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const vary = (response.headers()["vary"] ?? "").toLowerCase();
    expect(vary, path).toContain("user-agent");
    expect(vary, path).toContain("sec-ch-ua-mobile");
    // What Next.js varies on is kept.
    expect(vary, path).toContain("rsc");
  }
  const named = await request.get("/coverage?layout=list");
  expect((named.headers()["vary"] ?? "").toLowerCase()).not.toContain("user-agent");
});
