import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { modes } from "@/lib/db/seed/data/modes";
import { needs } from "@/lib/db/seed/data/needs";
import { organizations } from "@/lib/db/seed/data/organizations";
import { policies } from "@/lib/db/seed/data/policies";
import { sql } from "./support/db";

const need = needs.find((n) => n.slug === "psychological-emotional")!;
const organization = organizations[0]!;
const policy = policies[0]!;
const mode = modes[0]!;
const withoutDonations = organizations.find((o) => !o.acceptsDonations)!;
const staleReview = organizations.at(-1)!;

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
}

test("a donor goes from a need to an organization, its mode, and the results for that mode", async ({ page }) => {
  await page.goto("/");
  await page.goto("/needs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("留守儿童的需求");
  await expect(page.locator("[data-need]")).toHaveCount(needs.length);

  await page.getByRole("link", { name: need.nameZh, exact: true }).click();
  await expect(page).toHaveURL(`/needs/${need.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(need.nameZh);
  await expect(page.locator("[data-results-link]")).toHaveAttribute("href", `/organizations?need=${need.slug}`);
  const province = page.locator("[data-province]").first();
  const provinceCode = await province.getAttribute("data-province");
  await expect(province.getByRole("link", { name: /^只看/ })).toHaveAttribute(
    "href",
    `/organizations?need=${need.slug}&region=${provinceCode}`,
  );
  await expect(page.locator("[data-gaps]")).toBeVisible();

  const firstOrganization = province.locator('a[href^="/organizations/"]').first();
  const organizationHref = await firstOrganization.getAttribute("href");
  await firstOrganization.click();
  await expect(page).toHaveURL(organizationHref!);
  await expect(page.getByText("示例数据", { exact: true }).first()).toBeVisible();
  await expect(page.locator("[data-sample-note]")).toContainText("虚构");

  const modeLink = page.locator('[aria-labelledby="modes"] h3 a').first();
  const modeHref = await modeLink.getAttribute("href");
  await modeLink.click();
  await expect(page).toHaveURL(modeHref!);
  const modeSlug = modeHref!.split("/").pop();
  await expect(page.locator("[data-results-link]")).toHaveAttribute("href", `/organizations?mode=${modeSlug}`);
  const modeProvince = page.locator("[data-province]").first();
  await expect(modeProvince.getByRole("link", { name: /^只看/ })).toHaveAttribute(
    "href",
    `/organizations?region=${await modeProvince.getAttribute("data-province")}&mode=${modeSlug}`,
  );
  await expect(page.locator(`a[href="${organizationHref}"]`).first()).toBeVisible();
});

test("the policy timeline starts in 2006, lists every policy, and keeps those of unknown year apart", async ({
  page,
}) => {
  await page.goto("/policies");
  const years = await page
    .locator("[data-year]")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-year")));
  expect(years[0]).toBe("2006");
  expect(years.at(-1)).toBe("unknown");
  const known = years.slice(0, -1).map(Number);
  expect(known).toEqual([...known].sort((a, b) => a - b));
  await expect(page.locator("[data-policy]")).toHaveCount(policies.length);
  await expect(page.locator("[data-year='2006']")).toContainText("〔2006〕5号");
  await expect(page.locator("[data-year='unknown'] h2")).toHaveText("年份不详");
  await expect(page.locator("[data-year='unknown'] [data-policy]")).toHaveCount(
    policies.filter((p) => p.year === null).length,
  );

  await page.getByRole("link", { name: policy.titleZh }).click();
  await expect(page).toHaveURL(`/policies/${policy.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(policy.titleZh);
  await expect(page.getByText("中央政策")).toBeVisible();
  for (const slug of policy.needs) await expect(page.locator(`a[href="/needs/${slug}"]`)).toBeVisible();
});

test("an organization says how to donate, or that it does not accept donations, and flags an old review", async ({
  page,
}) => {
  await page.goto(`/organizations/${withoutDonations.slug}`);
  await expect(page.locator("[data-donations]")).toHaveText("这家机构目前不接受捐赠。");
  await page.goto(`/organizations/${organization.slug}`);
  await expect(page.locator("[data-verification]")).toHaveAttribute("data-verification", "sample");
  await expect(page.locator("[data-verification]")).toHaveText("示例数据，从未核实。");
  await expect(page.locator("[data-review-flag]")).toHaveCount(0);
  // A record that staff took over (no longer a sample) and last reviewed 400 days ago is flagged.
  await sql(`UPDATE organization SET is_sample = false, reviewed_at = now() - interval '400 days' WHERE slug = $1`, [
    staleReview.slug,
  ]);
  await page.goto(`/organizations/${staleReview.slug}`);
  await expect(page.locator("[data-review-flag]")).toHaveAttribute("data-review-flag", "stale");
  await expect(page.getByText("已超过一年没有核实")).toBeVisible();
  await expect(page.locator("[data-region]")).toHaveCount(staleReview.regions.length);
});

test("English pages speak English and link to the English results", async ({ page }) => {
  await page.goto("/en/needs");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Needs of left-behind children");

  await page.goto(`/en/needs/${need.slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(need.nameEn);
  await expect(page.locator("[data-results-link]")).toHaveAttribute("href", `/en/organizations?need=${need.slug}`);
  await expect(page).toHaveTitle(`${need.nameEn} · Resource Navigator`);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
    "href",
    new RegExp(`^https?://[^/]+/needs/${need.slug}$`),
  );

  await page.goto(`/en/organizations/${organization.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(organization.nameEn);
  await expect(page.getByText("Sample data", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Sample, never verified.")).toBeVisible();

  await page.goto("/en/policies");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Policy timeline");
  await expect(page.getByText(policy.titleEn)).toBeVisible();

  await page.goto(`/en/modes/${mode.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(mode.nameEn);
  await expect(page.locator("[data-results-link]")).toHaveAttribute("href", `/en/organizations?mode=${mode.slug}`);
});

for (const path of [
  "/needs/no-such-need",
  "/policies/no-such-policy",
  "/modes/no-such-mode",
  "/organizations/no-such-organization",
]) {
  test(`an unknown slug gives the 404 page: ${path}`, async ({ page }) => {
    const zh = await page.goto(path);
    expect(zh?.status()).toBe(404);
    // Organizations have their own not-found page, which says what was not found.
    const organization = path.startsWith("/organizations/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      organization ? "没有找到这家机构" : "没有找到这个页面",
    );
    const en = await page.goto(`/en${path}`);
    expect(en?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      organization ? "Organization not found" : "Page not found",
    );
  });
}

const pageTypes = [
  "/needs",
  `/needs/${need.slug}`,
  "/policies",
  `/policies/${policy.slug}`,
  "/modes",
  `/modes/${mode.slug}`,
  `/organizations/${organization.slug}`,
  `/en/needs/${need.slug}`,
  `/en/organizations/${organization.slug}`,
];

for (const path of pageTypes) {
  test(`${path} has no serious accessibility violations and fits the screen`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
    await expectNoHorizontalScroll(page);
  });
}
