import { readFileSync } from "node:fs";
import { expect, test } from "./support/test";
import { demoEditor, expectNoSeriousA11yViolations, signIn } from "./admin-helpers";
import { sql } from "./support/db";

test("staff check a figures file; a file with a bad row is refused with its row number and writes nothing", async ({
  page,
}) => {
  await signIn(page, demoEditor);
  await page.getByRole("link", { name: "需求强度数据" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("导入需求强度数据");
  await expectNoSeriousA11yViolations(page);

  const sample = readFileSync("docs/examples/region-figures-sample.csv");
  const rows = sample.toString("utf8").trim().split("\n").length - 1;
  await page.getByLabel("CSV 文件").setInputFiles({ name: "figures.csv", mimeType: "text/csv", buffer: sample });
  await page.getByRole("button", { name: "检查（不写入）" }).click();
  await expect(page.getByRole("status").filter({ hasText: "检查完成" })).toContainText(`${rows} 行没有错误`);

  const bad =
    "region_code,indicator,value,year,source_zh\n510000,LEFT_BEHIND_CHILDREN,1000,2020,某统计公报\n999999,LEFT_BEHIND_CHILDREN,-5,2020,某统计公报\n";
  await page.getByLabel("CSV 文件").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.locator("[data-figures-report]").getByRole("alert")).toContainText("没有写入任何内容");
  await expect(page.locator('[data-figures-error-row="3"]').first()).toBeVisible();
  expect(await sql("SELECT 1 FROM region_figure")).toHaveLength(0);
});
