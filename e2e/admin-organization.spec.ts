import { expect, test } from "./support/test";
import { modes } from "@/lib/db/seed/data/modes";
import { demoEditor, expectNoSeriousA11yViolations, publicOrganizationCount, signIn, unique } from "./admin-helpers";

test("an editor creates an organization with modes and regions, publishes it, and donors see it", async ({ page }) => {
  const before = await publicOrganizationCount(page);
  const slug = `e2e-org-${unique()}`;
  const mode = modes[0]!.nameZh;
  await signIn(page, demoEditor);
  await page.goto("/admin/organization/new");
  await page.getByLabel("网址标识（slug）").fill(slug);
  await page.getByLabel("名称（中文）").fill("测试·新建机构");
  await page.getByLabel("介绍（中文）").fill("在锦江区开展儿童之家活动。");
  await page.getByLabel("年服务儿童数").fill("abc");
  await page.getByRole("checkbox", { name: mode, exact: true }).check();
  await page.getByLabel(`${mode}: 点位数`).fill("4");
  await page.getByLabel(`${mode}: 开始年份`).fill("2018");
  await page.getByLabel("省", { exact: true }).selectOption({ label: "四川省" });
  await page.getByLabel("市", { exact: true }).selectOption({ label: "成都市" });
  await page.getByLabel("县/区").selectOption({ label: "锦江区" });
  await page.getByRole("button", { name: "添加地区" }).click();
  await expect(page.locator('[data-region="510104"]')).toContainText("四川省 成都市 锦江区");
  await expectNoSeriousA11yViolations(page);

  // A bad number is refused with its field error; everything typed stays.
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.locator("#childrenServed-error")).toHaveText("请填写数字。");
  await expect(page.getByLabel("名称（中文）")).toHaveValue("测试·新建机构");
  await expect(page.getByLabel(`${mode}: 点位数`)).toHaveValue("4");
  await expect(page.locator('[data-region="510104"]')).toContainText("四川省 成都市 锦江区");

  await page.getByLabel("年服务儿童数").fill("150");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已完成：新建" })).toBeVisible();
  await expect(page.locator("[data-record-state]")).toContainText("草稿");
  expect(await publicOrganizationCount(page)).toBe(before);

  await page.goBack();
  await page.getByRole("button", { name: "发布" }).click();
  await expect(page.locator("[data-record-state]")).toContainText("已发布");
  await expect(page.getByLabel(`${mode}: 开始年份`)).toHaveValue("2018");
  const url = page.url();
  expect(await publicOrganizationCount(page)).toBe(before + 1);

  // Donors find it at once: in the results for its mode and county, and on its own page.
  const results = await page.context().newPage();
  await results.goto(`/organizations?mode=${modes[0]!.slug}&region=510104`);
  await expect(results.locator(`[data-result="${slug}"]`)).toContainText("测试·新建机构");
  await results.goto(`/organizations/${slug}`);
  await expect(results.getByRole("heading", { level: 1 })).toHaveText("测试·新建机构");
  await results.close();

  await page.goto(url.replace(/\?.*$/, "") + "/delete");
  await page.getByRole("button", { name: "确认删除" }).click();
  await expect(page.locator("[data-record-state]")).toContainText("已删除");
  expect(await publicOrganizationCount(page)).toBe(before);
});
