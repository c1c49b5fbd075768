import { expect, test } from "./support/test";
import { demoEditor, signIn, unique } from "./admin-helpers";

const csv = (slug: string, badYear: string) =>
  Buffer.from(
    "\uFEFFslug,nameZh,type,descriptionZh,foundedYear,modes,regions\r\n" +
      `${slug}-a,导入机构甲,GRASSROOTS_NGO,做课后陪伴。,2015,,510104\r\n` +
      `${slug}-b,导入机构乙,FOUNDATION,资助乡村学校。,${badYear},,510104;510105\r\n`,
  );

test("an import with a bad row is refused with its row number and writes nothing; a good one is applied", async ({
  page,
}) => {
  const slug = `e2e-import-${unique()}`;
  await signIn(page, demoEditor);
  await page.goto("/admin/import");
  await page
    .getByLabel("CSV 文件")
    .setInputFiles({ name: "orgs.csv", mimeType: "text/csv", buffer: csv(slug, "1800") });
  await page.getByRole("button", { name: "检查（不写入）" }).click();
  await expect(page.locator("[data-import-report]")).toContainText("发现 1 个错误");
  await expect(page.locator('[data-import-error-row="3"]')).toContainText("成立年份");

  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.locator("[data-import-report]")).toContainText("没有写入任何内容");
  await page.goto(`/admin/organization?q=${slug}&status=all`);
  await expect(page.getByText("共 0 条")).toBeVisible();

  await page.goto("/admin/import");
  await page
    .getByLabel("CSV 文件")
    .setInputFiles({ name: "orgs.csv", mimeType: "text/csv", buffer: csv(slug, "2010") });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.locator("[data-import-report]")).toContainText("已导入 2 条记录");
  await page.goto(`/admin/organization?q=${slug}&status=draft`);
  await expect(page.getByText("共 2 条")).toBeVisible();
});
