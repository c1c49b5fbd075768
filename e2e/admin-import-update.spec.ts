import { expect, test } from "./support/test";
import { demoEditor, signIn, unique } from "./admin-helpers";

const file = (rows: string) => ({
  name: "orgs.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFFslug,nameZh,type,descriptionZh,regions\r\n${rows}`),
});

test("an import with an existing slug shows its field-by-field changes, then updates only those fields", async ({
  page,
}) => {
  const slug = `e2e-update-${unique()}`;
  await signIn(page, demoEditor);
  await page.goto("/admin/import");
  await page.getByLabel("CSV 文件").setInputFiles(file(`${slug},更新前机构,GRASSROOTS_NGO,做课后陪伴。,510104\r\n`));
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.locator("[data-import-report]")).toContainText("已导入 1 条记录");

  await page.goto("/admin/import");
  const update = `slug,nameZh\r\n${slug},更新后机构\r\n`;
  await page
    .getByLabel("CSV 文件")
    .setInputFiles({ name: "update.csv", mimeType: "text/csv", buffer: Buffer.from(update) });
  await page.getByRole("button", { name: "检查（不写入）" }).click();
  await expect(page.locator("[data-import-counts]")).toContainText("更新 1 条");
  const change = page.locator('[data-import-change-row="2"]');
  await expect(change).toHaveCount(1);
  await expect(change).toContainText("更新前机构");
  await expect(change).toContainText("更新后机构");

  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.locator("[data-import-report]")).toContainText("已导入 1 条记录");
  await page.goto(`/admin/organization?q=${slug}&status=all`);
  await expect(page.getByText("更新后机构")).toBeVisible();
  await expect(page.getByText("共 1 条")).toBeVisible();
});
