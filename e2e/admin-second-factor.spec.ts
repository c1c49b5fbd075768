import { generate } from "otplib";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { demoAdmin, expectNoSeriousA11yViolations, signIn, unique } from "./admin-helpers";

const password = "a long enough password";
const overview = (page: Page) => page.getByRole("heading", { level: 1, name: "总览" });

async function passwordStep(page: Page, email: string): Promise<void> {
  await page.goto("/admin/sign-in");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** The code the app would show `offsetSeconds` from now (the server accepts the step before and after). */
const codeIn = (secret: string, offsetSeconds: number) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

test("a new admin must set up two-step verification, then signs in with a code or a recovery code", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `tfa-${unique()}@demo.local`;
  await signIn(page, demoAdmin);
  await page.goto("/admin/accounts");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("姓名").fill("新管理员");
  await page.getByLabel("角色").selectOption("ADMIN");
  await page.getByLabel("初始密码").fill(password);
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText("账号已创建。")).toBeVisible();

  const context = await browser.newContext();
  const other = await context.newPage();
  await passwordStep(other, email);
  await expect(other).toHaveURL(/\/admin\/second-factor$/, { timeout: 20_000 });
  await expect(other.locator("main").getByRole("alert")).toHaveText("你的账号必须先设置两步验证，才能进入管理后台。");
  // Nothing else of the staff area opens before enrolment.
  await other.goto("/admin/organization");
  await expect(other).toHaveURL(/\/admin\/second-factor$/);
  await expect(other.getByRole("img", { name: /两步验证二维码/ })).toBeVisible();
  await expectNoSeriousA11yViolations(other);
  const secret = (await other.locator("[data-totp-secret]").innerText()).trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  await other.getByLabel("应用显示的 6 位验证码").fill("000000" === (await codeIn(secret, 0)) ? "111111" : "000000");
  await other.getByRole("button", { name: "确认并启用" }).click();
  await expect(other.locator("#code-error")).toHaveText("验证码不正确或已使用过，请输入应用当前显示的验证码。");
  await other.getByLabel("应用显示的 6 位验证码").fill(await codeIn(secret, 0));
  await other.getByRole("button", { name: "确认并启用" }).click();
  const codes = other.locator("[data-recovery-codes] li");
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().innerText()).trim();
  await other.getByRole("link", { name: "继续进入管理后台" }).click();
  await expect(overview(other)).toBeVisible();

  // Next sign-in: the password, then a code (of the next step: the enrolment's code is spent).
  await other.getByRole("button", { name: "退出登录" }).click();
  await passwordStep(other, email);
  await expect(other).toHaveURL(/\/admin\/sign-in\/code$/, { timeout: 20_000 });
  await expectNoSeriousA11yViolations(other);
  await other.getByLabel("验证码或恢复码").fill(await codeIn(secret, 30));
  await other.getByRole("button", { name: "验证" }).click();
  await expect(overview(other)).toBeVisible();

  // And once with a recovery code, which then no longer works.
  await other.getByRole("button", { name: "退出登录" }).click();
  await passwordStep(other, email);
  await expect(other).toHaveURL(/\/admin\/sign-in\/code$/, { timeout: 20_000 });
  await other.getByLabel("验证码或恢复码").fill(recovery);
  await other.getByRole("button", { name: "验证" }).click();
  await expect(overview(other)).toBeVisible();
  await context.close();

  // The admin sees it all on the security page.
  await page.goto(`/admin/security?account=${encodeURIComponent(email)}`);
  await expect(page.getByRole("heading", { level: 1, name: "安全" })).toBeVisible();
  const events = page.locator("[data-security-events] tbody tr");
  for (const kind of ["account-create", "second-factor-enrol", "recovery-code-used", "sign-in-success", "sign-out"])
    await expect(events.and(page.locator(`[data-event-kind="${kind}"]`)).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/admin/accounts");
  await page.locator(`[data-account="${email}"]`).getByRole("button", { name: "重置两步验证" }).click();
  await expect(page.locator(`[data-account="${email}"]`)).toContainText("未启用");
});
