import { expect, test } from "./support/test";
import { needs } from "@/lib/db/seed/data/needs";
import { demoAdmin, demoEditor, signIn, unique } from "./admin-helpers";

test("of two staff editing the same record, the second save is refused and shows the newer values", async ({
  browser,
}) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, demoEditor);
  await signIn(second, demoAdmin);
  await first.goto(`/admin/need?q=${needs[1]!.slug}`);
  await first.getByRole("link", { name: needs[1]!.nameZh }).first().click();
  await first.waitForURL(/\/admin\/need\/\d+$/);
  await second.goto(first.url());

  const firstName = `监护照料（甲 ${unique()}）`;
  const secondName = `监护照料（乙 ${unique()}）`;
  await first.getByLabel("名称（中文）").fill(firstName);
  await second.getByLabel("名称（中文）").fill(secondName);
  await first.getByRole("button", { name: "保存" }).click();
  await expect(first.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();

  await second.getByRole("button", { name: "保存" }).click();
  const conflict = second.locator("[data-conflict]");
  await expect(conflict).toContainText("保存被拒绝");
  await expect(second.locator("[data-newer-values]")).toContainText(firstName);
  await expect(second.getByLabel("名称（中文）")).toHaveValue(secondName);

  await second.reload();
  await expect(second.getByLabel("名称（中文）")).toHaveValue(firstName);
  await first.context().close();
  await second.context().close();
});
