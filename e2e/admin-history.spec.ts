import { expect, test } from "./support/test";
import { needs } from "@/lib/db/seed/data/needs";
import { demoEditor, expectNoSeriousA11yViolations, signIn, unique } from "./admin-helpers";

test("history lists each change with its before and after, and an earlier version can be restored", async ({
  page,
}) => {
  const need = needs[2]!;
  const stamp = unique();
  await signIn(page, demoEditor);
  await page.goto(`/admin/need?q=${need.slug}`);
  await page.getByRole("link", { name: need.nameZh }).first().click();
  await page.waitForURL(/\/admin\/need\/\d+$/);
  const editUrl = page.url();
  for (const summary of [`版本乙 ${stamp}`, `版本丙 ${stamp}`]) {
    await page.getByLabel("概要（中文）").fill(summary);
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  }
  await page.getByRole("link", { name: "历史记录" }).click();
  const updates = page.locator('[data-audit-action="update"]');
  await expect(updates.first()).toContainText(`版本丙 ${stamp}`);
  await expect(updates.nth(1)).toContainText(`版本乙 ${stamp}`);
  await expectNoSeriousA11yViolations(page);

  await updates.nth(1).getByRole("button", { name: "恢复到此版本" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已完成" })).toBeVisible();
  await expect(page.getByLabel("概要（中文）")).toHaveValue(`版本乙 ${stamp}`);
  await page.goto(`${editUrl}/history`);
  await expect(page.locator('[data-audit-action="restore"]').first()).toContainText(`版本乙 ${stamp}`);
});
