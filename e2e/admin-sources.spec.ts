import { expect, test } from "./support/test";
import { sql } from "./support/db";
import { demoEditor, expectNoSeriousA11yViolations, signIn, unique } from "./admin-helpers";

// Sources for every fact: staff cite them in the record's form; the public page lists them, and a mode's evidence
// appears only with a cited source.

test("staff cite a source for a mode's evidence; the public pages show both, in both languages", async ({ page }) => {
  test.setTimeout(120_000);
  const tag = unique();
  const [mode] = await sql<{ id: number; slug: string }>(
    "SELECT id, slug FROM intervention_mode WHERE status = 'PUBLISHED' AND deleted_at IS NULL ORDER BY id LIMIT 1",
  );
  await sql("DELETE FROM record_source WHERE mode_id = $1", [mode!.id]);
  await sql("UPDATE intervention_mode SET evidence_zh = NULL, evidence_en = NULL WHERE id = $1", [mode!.id]);

  await page.goto(`/modes/${mode!.slug}`);
  // No source, no evidence section.
  await expect(page.locator("[data-evidence]")).toHaveCount(0);
  await expect(page.locator("[data-sources]")).toHaveAttribute("data-sources", "0");

  await signIn(page, demoEditor);
  await page.goto(`/admin/mode/${mode!.id}`);
  // Evidence without a source is refused; what was typed stays.
  await page.getByLabel("依据（中文）").fill(`评估显示出勤率上升 ${tag}`);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("没有来源，就不作证据声明")).toBeVisible();
  await expect(page.getByLabel("依据（中文）")).toHaveValue(`评估显示出勤率上升 ${tag}`);

  await page.getByLabel("来源 1: 标题").fill(`项目评估报告 ${tag} <b>粗体</b>`);
  await page.getByLabel("来源 1: 发布者").fill("示例评估机构");
  await page.getByLabel("来源 1: 链接").fill("https://example.org/evaluation.pdf");
  await page.getByLabel("来源 1: 访问日期").fill("2026-11-20");
  await page.getByLabel("来源 1: 支持的内容（中文）").fill("出勤率数据");
  await page.getByLabel("来源 1: 支持的内容（英文）").fill("the attendance figures");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存。");
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/modes/${mode!.slug}`);
  await expect(page.locator('[data-evidence="cited"]')).toContainText(`评估显示出勤率上升 ${tag}`);
  const source = page.locator("[data-source]");
  await expect(source).toHaveCount(1);
  // Text is shown as text, never as markup.
  await expect(source.getByRole("link", { name: `项目评估报告 ${tag} <b>粗体</b>` })).toHaveAttribute(
    "href",
    "https://example.org/evaluation.pdf",
  );
  await expect(source).toContainText("示例评估机构");
  await expect(source).toContainText("访问于 2026年11月20日");
  await expect(source).toContainText("支持：出勤率数据");
  await page.goto(`/en/modes/${mode!.slug}`);
  await expect(page.locator("[data-source]")).toContainText("accessed November 20, 2026");
  await expect(page.locator("[data-source]")).toContainText("Supports: the attendance figures");

  // The footer dates the data and links the methodology page.
  await expect(page.locator("[data-as-of]")).toContainText("Data as of");
  await page.getByRole("link", { name: "About the data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("About the data");
  await expect(page.locator("[data-suggest-link]")).toHaveAttribute("href", "/en/suggest");
  await page.goto("/about-data");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("关于数据");
  await expectNoSeriousA11yViolations(page);
});
