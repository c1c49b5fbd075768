import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { needs } from "@/lib/db/seed/data/needs";
import { organizations } from "@/lib/db/seed/data/organizations";
import { sql } from "./support/db";
import { readCsv } from "@/lib/csv/read";

const safety = needs.find((n) => n.slug === "safety-protection")!;
const psych = needs.find((n) => n.slug === "psychological-emotional")!;

const resultSlugs = (page: Page) =>
  page.locator("[data-result]").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-result")));
const summary = (page: Page) => page.getByTestId("result-summary");

async function expectSerious(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);
}

test("a donor picks a need on the home page and sees who meets it, and why", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("checkbox", { name: new RegExp(safety.nameZh) }).check();
  await page.getByRole("button", { name: "查看回应这些需求的机构" }).click();
  await expect(page).toHaveURL(/\/organizations\?need=safety-protection$/);
  await expect(summary(page)).toContainText(safety.nameZh);
  const cards = page.locator("[data-result]");
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) await expect(card.locator('[data-match="safety-protection"]')).toBeVisible();
  await expect(page.getByText("示例数据").first()).toBeVisible();
});

test("need and region together keep to that province", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("checkbox", { name: new RegExp(psych.nameZh) }).check();
  await page.getByLabel("地区（可选）").selectOption("510000");
  await page.getByRole("button", { name: "查看回应这些需求的机构" }).click();
  await expect(page).toHaveURL(/need=psychological-emotional&region=510000/);
  await expect(summary(page)).toContainText("四川省");
  for (const card of await page.locator("[data-result]").all()) await expect(card).toContainText("四川省");
});

test("match=all lists only organizations meeting every chosen need", async ({ page }) => {
  await page.goto("/organizations?need=safety-protection&need=psychological-emotional&match=all");
  const cards = await page.locator("[data-result]").all();
  expect(cards.length).toBeGreaterThan(0);
  for (const card of cards) {
    await expect(card.locator('[data-match="safety-protection"]')).toBeVisible();
    await expect(card.locator('[data-match="psychological-emotional"]')).toBeVisible();
  }
  const any = await page.request.get("/organizations?need=safety-protection&need=psychological-emotional");
  expect((await any.text()).match(/data-result=/g)!.length).toBeGreaterThanOrEqual(cards.length);
});

function expectedText(pattern: RegExp) {
  return organizations.filter((o) => pattern.test([o.nameZh, o.nameEn, o.descriptionZh, o.descriptionEn].join(" ")))
    .length;
}

test("free text finds a two-character Chinese word, and English words", async ({ page }) => {
  await page.goto("/organizations");
  await page.getByLabel("关键词").fill("心理");
  await page.getByLabel("关键词").press("Enter");
  await expect(page).toHaveURL(/q=%E5%BF%83%E7%90%86/);
  await expect(summary(page)).toContainText(`${expectedText(/心理/)} 家机构`);

  await page.goto("/en/organizations?q=counselling");
  await expect(summary(page)).toContainText(`${expectedText(/\bcounselling/i)} organizations`);
});

test("a copied link opens the same results in a fresh browser", async ({ page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/organizations?need=guardianship-family-care&sort=reviewed");
  await page.getByRole("checkbox", { name: /教育就学/ }).check();
  await page.locator("#organization-filters").getByRole("button", { name: "应用筛选" }).click();
  // The form's submission is redirected to the short canonical link.
  await expect(page).toHaveURL(
    /\/organizations\?need=guardianship-family-care&need=education-schooling&sort=reviewed$/,
  );
  await page.getByRole("button", { name: "复制链接" }).click();
  await expect(page.getByText("链接已复制")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  const expected = await resultSlugs(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  expect(await resultSlugs(other)).toEqual(expected);
  await other.goto(link.replace("/organizations", "/en/organizations"));
  expect(await resultSlugs(other)).toEqual(expected);
  await fresh.close();
});

test("a frozen list shows what the sender saw and what changed since", async ({ page }) => {
  await page.goto("/organizations?need=nutrition-health");
  const frozen = await resultSlugs(page);
  const total = Number((await summary(page).textContent())!.match(/(\d+) 家机构/)![1]);
  await page.getByRole("button", { name: "保存这份名单" }).click();
  await expect(page).toHaveURL(/\/s\/[2-9a-zA-Z]{10}$/);
  await expect(page.getByTestId("frozen-on")).toContainText("这份名单保存于");
  await expect(page.getByText("保存以来没有变化。")).toBeVisible();

  const [gone, reviewed] = frozen as string[];
  await sql(`UPDATE organization SET status = 'DRAFT' WHERE slug = $1`, [gone]);
  await sql(`UPDATE organization SET reviewed_at = now() WHERE slug = $1`, [reviewed]);
  try {
    await page.reload();
    const goneName = organizations.find((o) => o.slug === gone)!.nameZh;
    const reviewedName = organizations.find((o) => o.slug === reviewed)!.nameZh;
    await expect(page.locator('[data-change="removed"]')).toContainText(goneName);
    await expect(page.locator('[data-change="re-reviewed"]')).toContainText(reviewedName);
    await expect(page.getByTestId("frozen-items").getByRole("listitem")).toHaveCount(total);
    await expectSerious(page);
  } finally {
    await sql(`UPDATE organization SET status = 'PUBLISHED' WHERE slug = $1`, [gone]);
  }
});

function parseCsv(text: string): string[][] {
  const read = readCsv(text);
  if (!read.ok) throw new Error(`unreadable CSV: ${read.error.code} at row ${read.error.row}`);
  return [read.header, ...read.rows].map((r) => r.cells);
}

test("the CSV export holds the page's results, in its order, readable by Excel", async ({ page }) => {
  await page.goto("/organizations?need=safety-protection&sort=reviewed");
  const names = await page.locator("[data-result] h2").allTextContents();
  const href = await page.getByRole("link", { name: "导出 CSV" }).getAttribute("href");
  expect(href).toBe("/organizations.csv?need=safety-protection&sort=reviewed");
  const response = await page.request.get(href!);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const body = await response.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const rows = parseCsv(body.slice(1));
  expect(rows[0]![0]).toBe("名称");
  expect(rows[0]!.slice(-2)).toEqual(["认定为慈善组织的日期", "取得公开募捐资格的日期"]);
  // Sample organizations never carry a charity-law date.
  expect(rows.slice(1).every((r) => r.at(-1) === "" && r.at(-2) === "")).toBe(true);
  const total = Number((await summary(page).textContent())!.match(/(\d+) 家机构/)![1]);
  expect(rows.length - 1).toBe(total);
  expect(rows.slice(1, names.length + 1).map((r) => r[0])).toEqual(names);
});

test("English pages speak English", async ({ page }) => {
  await page.goto("/en/organizations?need=safety-protection&region=520000");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(summary(page)).toContainText(`${safety.nameEn} · Guizhou`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Local organizations meeting left-behind children's needs",
  );
  await page.getByRole("link", { name: "中文", exact: true }).click();
  await expect(page).toHaveURL(/\/organizations\?need=safety-protection&region=520000$/);
  await expect(summary(page)).toContainText(safety.nameZh);
});

test("an empty result says which filter to drop", async ({ page }) => {
  await page.goto("/organizations?need=nutrition-health&region=620000");
  await expect(page.getByTestId("empty-state")).toBeVisible();
  const suggestion = page.getByTestId("empty-state").locator('[data-widen="drop-filter"] a');
  await expect(suggestion).toContainText("去掉");
  await suggestion.click();
  await expect(page.locator("[data-result]").first()).toBeVisible();
});

test("active filters can be removed one by one, or all at once", async ({ page }) => {
  await page.goto("/organizations?need=safety-protection&region=430000&donations=1");
  await page.getByRole("link", { name: /^湖南省\s*，移除此筛选$/ }).click();
  await expect(page).toHaveURL(/\/organizations\?need=safety-protection&donations=1$/);
  await page.getByRole("link", { name: "清除全部筛选" }).click();
  await expect(page).toHaveURL(/\/organizations$/);
  await expect(summary(page)).toContainText(`${organizations.length} 家机构`);
});

test("hand-written and hostile query strings never give a server error", async ({ page }) => {
  const hostile = [
    "need=%00",
    "need=<script>alert(1)</script>",
    "region=99999999999",
    "region=abcdef",
    "page=0",
    "page=1e309",
    "page=-1",
    "sort=;DROP TABLE organization",
    "type=FOUNDATION&type=NOPE",
    "q=" + "%E5%BF%83".repeat(3000),
    "q=%ZZ",
    "match=some",
    "need[]=x",
    "donations=yes",
    "mode=" + "a".repeat(5000),
    Array.from({ length: 200 }, (_, i) => `need=n${i}`).join("&"),
    "page=999",
  ];
  for (const query of hostile) {
    const response = await page.request.get(`/organizations?${query}`);
    expect(response.status(), query).toBeLessThan(500);
  }
  await page.goto("/organizations?colour=red&region=51&page=999&need=no-such-need");
  await expect(page.getByText("链接里有几处无法使用，已略过，下面的结果没有用到它们：")).toBeVisible();
  await expect(page.getByText("没有第 999 页")).toBeVisible();
});

test("keyboard alone can filter the results", async ({ page }) => {
  await page.goto("/organizations");
  await page.getByLabel("关键词").focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  // Ticking a need does not navigate; the Apply button does, and it is reachable by keyboard.
  await expect(page).toHaveURL(/\/organizations$/);
  await page.locator("#organization-filters").getByRole("button", { name: "应用筛选" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/need=safety-protection/);
});

test("link previews summarise the filters, with an image that renders", async ({ page }) => {
  await page.goto("/organizations?need=safety-protection&region=510000");
  const title = await page.title();
  expect(title).toMatch(/^安全保护 · 四川省 · \d+ 家机构/);
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toContain("/og/organizations?need=safety-protection&region=510000");
  const response = await page.request.get(image!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await response.body()).length).toBeGreaterThan(10_000);
});

for (const path of ["/", "/organizations?need=safety-protection&region=510000", "/en/organizations?q=reading"]) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectSerious(page);
  });
}

test("the trust filters keep to organizations with the qualification entered, in both languages", async ({ page }) => {
  const [org] = await sql<{ slug: string }>(
    `UPDATE organization SET fundraising_qualified_on = DATE '2022-03-01'
      WHERE id = (SELECT min(id) FROM organization WHERE status = 'PUBLISHED' AND deleted_at IS NULL) RETURNING slug`,
  );
  try {
    await page.goto("/organizations");
    await page.getByRole("checkbox", { name: /有公开募捐资格/ }).check();
    await page.getByRole("button", { name: "应用筛选" }).click();
    await expect(page).toHaveURL(/[?&]fundraising=1(&|$)/);
    await expect.poll(() => resultSlugs(page)).toEqual([org!.slug]);
    await page.goto("/en/organizations?fundraising=1&verified=24m");
    await expect(page.getByRole("checkbox", { name: /Qualified for public fundraising/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /Verified in the last 24 months/ })).toBeChecked();
  } finally {
    await sql(`UPDATE organization SET fundraising_qualified_on = NULL WHERE slug = $1`, [org!.slug]);
  }
});
