import { expect, test } from "./support/test";
import { sql } from "./support/db";
import { demoEditor, signIn } from "./admin-helpers";

// Charity-law trust signals as staff enter them from a certificate and donors see them: a real-format unified social
// credit code checked by its check character, a code held by another organization refused on its field, and badges
// that name the date staff entered and when the record was last verified.

/** Real codes (GB 32100-2015's worked example and a foundation registered with the Ministry of Civil Affairs). */
const codes = ["53100000500021676K", "91350100M000100Y43"];

test("staff enter a real credit code and qualifications; donors see the badges and can filter by them", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const code = codes[testInfo.project.name === "desktop" ? 0 : 1]!;
  const offset = testInfo.project.name === "desktop" ? 10 : 12;
  const orgs = await sql<{ id: number; slug: string; name_zh: string }>(
    `SELECT id, slug, name_zh FROM organization WHERE status = 'PUBLISHED' AND deleted_at IS NULL
      ORDER BY id OFFSET $1 LIMIT 2`,
    [offset],
  );
  const [org, other] = orgs as [(typeof orgs)[number], (typeof orgs)[number]];
  const reset = () =>
    sql(
      `UPDATE organization SET credit_code = NULL, legal_form = NULL, registration_authority_zh = NULL,
         charity_recognised_on = NULL, fundraising_qualified_on = NULL, reviewed_at = NULL, reviewed_by_id = NULL,
         review_method = NULL, is_sample = true
       WHERE id IN ($1, $2) OR credit_code = $3`,
      [org.id, other.id, code],
    );
  await reset();
  await sql("UPDATE organization SET is_sample = false WHERE id IN ($1, $2)", [org.id, other.id]);

  try {
    await signIn(page, demoEditor);
    await page.goto(`/admin/organization/${org.id}`);
    // A wrong check character: refused on its field, everything typed kept.
    await page.getByLabel("统一社会信用代码").fill(`${code.slice(0, 17)}${code[17] === "J" ? "K" : "J"}`);
    await page.getByLabel("登记管理机关（中文）").fill("民政部");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.locator("#creditCode-error")).toContainText("GB 32100-2015");
    await expect(page.getByLabel("登记管理机关（中文）")).toHaveValue("民政部");

    // As pasted from a certificate: spaces and lower case.
    await page.getByLabel("统一社会信用代码").fill(` ${code.slice(0, 6)} ${code.slice(6).toLowerCase()} `);
    await page.getByLabel("法律形式").selectOption({ label: "基金会" });
    await page.getByLabel("认定为慈善组织的日期（核实后填写）").fill("2016-09-01");
    await page.getByLabel("取得公开募捐资格的日期（核实后填写）").fill("2017-01-05");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
    expect(await sql("SELECT credit_code FROM organization WHERE id = $1", [org.id])).toEqual([{ credit_code: code }]);

    // Not verified yet: the badge gives the date entered and claims no verification.
    await page.goto(`/organizations/${org.slug}`);
    await expect(page.locator('[data-trust-badge="fundraising"]')).toHaveText("有公开募捐资格 · 2017年1月取得");
    await expect(page.locator("[data-trust-fact]").filter({ hasText: "统一社会信用代码" })).toContainText(code);

    await page.goto(`/admin/organization/${org.id}`);
    await page.getByLabel("核实方式").selectOption("DOCUMENTS");
    await page.getByRole("button", { name: "标记为已复核" }).click();
    await expect(page.getByRole("status")).toContainText("已完成");
    const now = new Date();
    const month = `${now.getUTCFullYear()}年${now.getUTCMonth() + 1}月`;
    await page.goto(`/organizations/${org.slug}`);
    await expect(page.locator('[data-trust-badge="fundraising"]')).toHaveText(
      `有公开募捐资格 · 2017年1月取得 · 核实于 ${month}`,
    );
    await expect(page.locator('[data-trust-badge="recognised"]')).toContainText("已认定为慈善组织 · 2016年9月");
    await page.goto(`/en/organizations/${org.slug}`);
    await expect(page.locator('[data-trust-badge="fundraising"]')).toContainText(
      "Public-fundraising qualification · since January 2017 · verified",
    );

    // The results' trust filters find it, in both languages.
    await page.goto(`/organizations?fundraising=1&recognised=1&q=${encodeURIComponent(org.name_zh)}`);
    await expect(page.locator(`[data-result="${org.slug}"]`)).toBeVisible();
    await expect(page.locator(`[data-result="${org.slug}"] [data-trust-badge="fundraising"]`)).toBeVisible();
    await page.goto(`/en/organizations?fundraising=1&q=${encodeURIComponent(org.name_zh)}`);
    await expect(page.locator(`[data-result="${org.slug}"]`)).toBeVisible();

    // The same code on another organization: refused on its field, not a page error.
    await page.goto(`/admin/organization/${other.id}`);
    await page.getByLabel("统一社会信用代码").fill(code);
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.locator("#creditCode-error")).toHaveText("已存在。");
    await expect(page.getByLabel("统一社会信用代码")).toHaveValue(code);

    // A 100 KB code past the field's own limits: a field error, no server error.
    await page.getByLabel("统一社会信用代码").evaluate((el) => el.removeAttribute("maxlength"));
    await page.getByLabel("统一社会信用代码").fill("<script>".repeat(12_500));
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.locator("#creditCode-error")).toContainText("GB 32100-2015");
    expect(await sql("SELECT credit_code FROM organization WHERE id = $1", [other.id])).toEqual([
      { credit_code: null },
    ]);
  } finally {
    await reset();
  }
});
