import { expect, test } from "./support/test";
import { sql } from "./support/db";
import { demoEditor, expectNoSeriousA11yViolations, signIn, unique } from "./admin-helpers";

// Corrections and suggestions from the public: sent without an account, moderated by staff, never published by
// themselves.

test.beforeEach(async () => {
  // Every browser request comes from the same loopback client; start each test with a fresh quota.
  await sql("DELETE FROM rate_limit_bucket WHERE key LIKE 'report:%'");
});

test("a member of the public reports a problem and suggests an organization; staff reject one and accept the other", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tag = unique();
  const [org] = await sql<{ slug: string; name_zh: string }>(
    "SELECT slug, name_zh FROM organization WHERE status = 'PUBLISHED' AND deleted_at IS NULL ORDER BY id LIMIT 1",
  );

  // A problem with a listing, in Chinese: errors are summarised and typed text is kept.
  await page.goto(`/organizations/${org!.slug}`);
  await page.getByRole("link", { name: "报告此条目的问题" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(org!.name_zh);
  await page.getByLabel("您的邮箱（选填）").fill("not-an-email");
  await page.getByRole("button", { name: "提交报告" }).click();
  const summary = page.locator("[data-error-summary]");
  await expect(summary).toContainText("请修改以下 2 处");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("哪里有误？")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("您的邮箱（选填）")).toHaveValue("not-an-email");
  await expectNoSeriousA11yViolations(page);

  const hostile = `电话已停用 ${tag} <script>alert(1)</script>\u202Etxt.exe`;
  await page.getByLabel("哪里有误？").fill(hostile);
  await page.getByLabel("您的邮箱（选填）").fill("reader@example.org");
  await page.getByRole("button", { name: "提交报告" }).click();
  await expect(page.getByRole("status")).toContainText("已收到，谢谢！");

  // A suggestion, in English, from the results page.
  await page.goto("/en/organizations");
  await page.getByRole("link", { name: "Suggest an organization" }).click();
  await page.getByLabel("Organization name").fill(`Hillside Club ${tag}`);
  await page.getByLabel("Website (optional)").fill("https://hillside.example.org");
  await page.getByLabel("Where it works (optional)").fill("Bijie, Guizhou");
  await page.getByLabel("What does it do?").fill("After-school centre in two villages.");
  await page.getByRole("button", { name: "Send suggestion" }).click();
  await expect(page.getByRole("status")).toContainText("Received, thank you!");

  // Nothing is published by itself.
  const [stored] = await sql<{ message: string; status: string }>(
    "SELECT message, status FROM public_report WHERE message LIKE $1",
    [`%${tag}%`],
  );
  expect(stored).toEqual({ message: `电话已停用 ${tag} alert(1)txt.exe`, status: "NEW" });
  expect(await sql("SELECT 1 FROM organization WHERE name_zh = $1", [`Hillside Club ${tag}`])).toHaveLength(0);

  // Staff: counts on the overview, then the queue.
  await signIn(page, demoEditor);
  await expect(page.locator("[data-report-counts]")).toContainText("份问题报告");
  await page.getByRole("link", { name: /公众报告：/ }).click();
  const problem = page.locator("article[data-report-kind=PROBLEM]").filter({ hasText: tag });
  await expect(problem.locator("[data-report-message]")).toHaveText(`电话已停用 ${tag} alert(1)txt.exe`);
  await expect(problem.locator("[data-current-record]")).toContainText(org!.name_zh);
  await expectNoSeriousA11yViolations(page);

  await problem.getByLabel("拒绝理由").fill("已电话核实，号码仍在使用。");
  await problem.getByRole("button", { name: "拒绝" }).click();
  await expect(page.getByRole("status")).toContainText("已拒绝，理由已记录。");
  await page.getByRole("link", { name: "已处理" }).click();
  const rejected = page.locator("article[data-report-status=REJECTED]").filter({ hasText: tag });
  await expect(rejected.locator("[data-decision]")).toContainText("理由：已电话核实，号码仍在使用。");

  await page.getByRole("link", { name: /待处理/ }).click();
  const suggestion = page.locator("article[data-report-kind=SUGGESTION]").filter({ hasText: tag });
  await suggestion.getByRole("button", { name: "采纳并创建机构草稿" }).click();
  await expect(page.locator("[data-record-state]")).toContainText("草稿");
  await expect(page.locator("[data-report-note]")).toContainText("After-school centre in two villages.");
  await expect(page.getByLabel("名称（中文）")).toHaveValue(`Hillside Club ${tag}`);

  const audit = await sql<{ record_type: string; action: string }>(
    `SELECT a.record_type, a.action FROM audit_entry a JOIN public_report r ON r.id = a.record_id
      WHERE a.record_type = 'report' AND (r.message LIKE $1 OR r.proposed_name LIKE $1) ORDER BY a.id`,
    [`%${tag}%`],
  );
  expect(audit).toEqual([
    { record_type: "report", action: "reject" },
    { record_type: "report", action: "accept" },
  ]);
  const [draft] = await sql<{ status: string }>("SELECT status FROM organization WHERE name_zh = $1", [
    `Hillside Club ${tag}`,
  ]);
  expect(draft).toEqual({ status: "DRAFT" });
});

test("the forms work without JavaScript, keep what was typed, and survive hostile input", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const tag = unique();
  await page.goto("/suggest");
  await page.getByLabel("机构名称").fill(`无脚本机构 ${tag}`);
  await page.getByLabel("网站（选填）").fill("javascript:alert(1)");
  await page.getByLabel("机构做什么？").fill("在村里办\u0000儿童之家。");
  await page.getByRole("button", { name: "提交推荐" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("网址格式不正确");
  await expect(page.getByLabel("机构名称")).toHaveValue(`无脚本机构 ${tag}`);

  await page.getByLabel("网站（选填）").fill("");
  // Past the field's limit (the browser's maxlength removed): refused with a clear error, no server error.
  await page.locator("#report-message").evaluate((el) => el.removeAttribute("maxlength"));
  await page.getByLabel("机构做什么？").fill("长".repeat(5000));
  const response = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "提交推荐" }).click();
  expect((await response).status()).toBeLessThan(500);
  await expect(page.locator("[data-error-summary]")).toContainText("最多 4000 个字");

  // A 1 MB body: refused with a field error, no server error, and the name typed is still there.
  await page.locator("#report-message").evaluate((el) => el.removeAttribute("maxlength"));
  await page.getByLabel("机构做什么？").fill("长".repeat(350_000));
  const huge = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "提交推荐" }).click();
  expect((await huge).status()).toBeLessThan(500);
  await expect(page.locator("[data-error-summary]")).toContainText("最多 4000 个字");
  await expect(page.getByLabel("机构名称")).toHaveValue(`无脚本机构 ${tag}`);

  await page.goto("/suggest");
  await page.getByLabel("机构名称").fill(`无脚本机构 ${tag}`);
  await page.getByLabel("机构做什么？").fill("在村里办儿童之家。");
  await page.getByRole("button", { name: "提交推荐" }).click();
  await expect(page.getByRole("status")).toContainText("已收到，谢谢！");
  expect(await sql("SELECT 1 FROM public_report WHERE proposed_name = $1", [`无脚本机构 ${tag}`])).toHaveLength(1);

  // An unknown listing is a 404, not an error page.
  const missing = await page.goto("/report?kind=organization&slug=no-such-listing");
  expect(missing?.status()).toBe(404);
  const bad = await page.goto("/report?kind=staff&slug=%00%3Cscript%3E");
  expect(bad?.status()).toBe(404);
  await context.close();
});

test("every kind of listing offers “report a problem”, and the home and results pages “suggest an organization”, in both languages", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tag = unique();
  const listings: { kind: string; path: string; table: string; name: string }[] = [
    { kind: "need", path: "needs", table: "need", name: "name" },
    { kind: "policy", path: "policies", table: "policy", name: "title" },
    { kind: "mode", path: "modes", table: "intervention_mode", name: "name" },
    { kind: "organization", path: "organizations", table: "organization", name: "name" },
  ];
  for (const { kind, path, table, name } of listings) {
    const [record] = await sql<{ id: number; slug: string; zh: string; en: string | null }>(
      `SELECT id, slug, ${name}_zh AS zh, ${name}_en AS en FROM ${table}
        WHERE status = 'PUBLISHED' AND deleted_at IS NULL ORDER BY id LIMIT 1`,
    );
    for (const locale of ["zh", "en"] as const) {
      const prefix = locale === "zh" ? "" : "/en";
      await page.goto(`${prefix}/${path}/${record!.slug}`);
      await page
        .locator("[data-report-link]")
        .getByRole("link", { name: locale === "zh" ? "报告此条目的问题" : "Report a problem with this listing" })
        .click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/report\\?kind=${kind}&slug=${record!.slug}$`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(
        locale === "zh" ? record!.zh : (record!.en ?? record!.zh),
      );
    }
    // One report per kind, sent in English: stored against the record, unpublished.
    await page.getByLabel("What is wrong?").fill(`Wrong detail on this ${kind} ${tag}`);
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByRole("status")).toContainText("Received, thank you!");
    expect(
      await sql("SELECT target_kind, target_id, status FROM public_report WHERE message = $1", [
        `Wrong detail on this ${kind} ${tag}`,
      ]),
    ).toEqual([{ target_kind: kind, target_id: record!.id, status: "NEW" }]);
  }

  for (const [from, link, heading] of [
    ["/", "推荐一家机构", "推荐一家机构"],
    ["/en", "Suggest an organization", "Suggest an organization"],
    ["/organizations", "推荐一家机构", "推荐一家机构"],
    ["/en/organizations", "Suggest an organization", "Suggest an organization"],
  ] as const) {
    await page.goto(from);
    await page.locator("[data-suggest-link]").getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }
});
