import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { needs } from "@/lib/db/seed/data/needs";
import { organizations } from "@/lib/db/seed/data/organizations";

const safety = needs.find((n) => n.slug === "safety-protection")!;
const psych = needs.find((n) => n.slug === "psychological-emotional")!;
const sampleOrg = organizations.find((o) => o.slug.startsWith("sample-"))!;

// Rendering a preview image takes seconds of CPU on a busy machine; saving a list runs the whole query.
test.describe.configure({ timeout: 120_000 });

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");

/** The page's link preview: Open Graph and Twitter fields, and an image that renders. */
async function expectPreview(page: Page, imagePath: string, descriptionHas: string) {
  // A link preview is read from the server's HTML: after a client-side navigation the previous page's tags can
  // still be first in the document, so read a fresh copy as a crawler would.
  await page.reload();
  const image = await meta(page, "og:image");
  expect(new URL(image!).pathname).toBe(imagePath);
  expect(await meta(page, "og:title")).toBeTruthy();
  expect(await meta(page, "og:description")).toContain(descriptionHas);
  expect(await meta(page, "twitter:card")).toBe("summary_large_image");
  expect(await meta(page, "twitter:image")).toBe(image);
  const response = await page.request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await response.body()).length).toBeGreaterThan(10_000);
}

/** Opens the QR code on demand; it holds the page's own link. */
async function expectQrOf(page: Page, showLabel: string) {
  const qr = page.getByRole("img", { name: /二维码|QR code/ });
  await expect(qr).toBeHidden();
  await page.getByText(showLabel, { exact: true }).click();
  await expect(qr).toBeVisible();
  const url = new URL((await qr.getAttribute("data-qr-url"))!);
  const here = new URL(page.url());
  expect(url.pathname + url.search).toBe(here.pathname + here.search);
  expect(await qr.locator("path").getAttribute("d")).toMatch(/^(M\d+ \d+\.5h\d+(m\d+ 0h\d+)*)+$/);
}

test("a saved list says what was saved, in both languages, with its own preview and share tools", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/organizations?need=safety-protection&need=psychological-emotional&region=510000&donations=1");
  await page.getByRole("button", { name: "保存这份名单" }).click();
  await expect(page).toHaveURL(/\/s\/[2-9a-zA-Z]{10}$/, { timeout: 30_000 });
  const id = new URL(page.url()).pathname.split("/").at(-1)!;

  const filters = page.getByTestId("saved-filters");
  await expect(filters.locator('[data-filter="needs"]')).toContainText(`${safety.nameZh}、${psych.nameZh}`);
  await expect(filters.locator('[data-filter="match"]')).toContainText("满足任一所选需求");
  await expect(filters.locator('[data-filter="region"]')).toContainText("四川省");
  await expect(filters.locator('[data-filter="other"]')).toContainText("接受捐赠");
  await expect(page.locator("[data-sample-note]")).toContainText("名单中含有示例数据");
  // Retried: after the save's client-side navigation the new title arrives with the streamed metadata.
  await expect(page).toHaveTitle(
    new RegExp(`^${safety.nameZh}、${psych.nameZh} · 满足任一所选需求 · 四川省 · .*保存的机构名单 · \\d{4}年`),
  );
  await expectPreview(page, `/og/s/${id}`, "名单中含有示例数据");

  await page.getByRole("button", { name: "复制链接" }).click();
  await expect(page.getByText("链接已复制")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expectQrOf(page, "微信扫码分享");

  await page.goto(`/en/s/${id}`);
  await expect(filters.locator('[data-filter="needs"]')).toContainText(`${safety.nameEn}, ${psych.nameEn}`);
  await expect(filters.locator('[data-filter="match"]')).toContainText("Meets any chosen need");
  await expect(filters.locator('[data-filter="region"]')).toContainText("Sichuan");
  await expect(page).toHaveTitle(new RegExp(`^${safety.nameEn}, ${psych.nameEn} · Meets any chosen need · Sichuan`));
  await expectPreview(page, `/en/og/s/${id}`, "This list holds sample data");
  await expectQrOf(page, "QR code for WeChat");
});

test("the home page and organization pages have link previews in both languages, saying when data is sample", async ({
  page,
}) => {
  await page.goto("/");
  await expectPreview(page, "/og/home", "当前机构均为示例数据");
  await page.goto("/en");
  await expectPreview(page, "/en/og/home", "All organizations shown are sample data");

  await page.goto(`/organizations/${sampleOrg.slug}`);
  await expectPreview(page, `/og/organizations/${sampleOrg.slug}`, "这是一条示例记录");
  await page.goto(`/en/organizations/${sampleOrg.slug}`);
  await expectPreview(page, `/en/og/organizations/${sampleOrg.slug}`, "This is a sample record");

  for (const path of ["/og/organizations/no-such-organization", "/og/s/abcdefghij", "/en/og/s/not-an-id"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});

test("results and organization pages offer the page's link as a QR code and a copy button", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/organizations?need=safety-protection&region=510000");
  await expectQrOf(page, "微信扫码分享");

  await page.goto(`/organizations/${sampleOrg.slug}`);
  const tools = page.getByRole("region", { name: "分享", exact: true });
  await tools.getByRole("button", { name: "复制链接" }).click();
  await expect(tools.getByText("链接已复制")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expectQrOf(page, "微信扫码分享");
  await page.goto(`/en/organizations/${sampleOrg.slug}`);
  await expectQrOf(page, "QR code for WeChat");
});
