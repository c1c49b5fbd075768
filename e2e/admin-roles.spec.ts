import { expect, test } from "./support/test";
import { demoAdmin, demoEditor, expectNoSeriousA11yViolations, signIn, unique } from "./admin-helpers";

test("an editor cannot manage accounts or export the whole database", async ({ page }) => {
  await signIn(page, demoEditor);
  await expect(page.getByRole("link", { name: "账号管理" })).toHaveCount(0);
  await page.goto("/admin/accounts");
  await expect(page).toHaveURL(/\/admin\?forbidden=1$/);
  await expect(page.locator("main").getByRole("alert")).toHaveText("你的角色无权进行此操作。");
  expect((await page.request.get("/admin/export/database")).status()).toBe(403);
  expect((await page.request.get("/admin/export/organization")).status()).toBe(200);
});

test("an admin creates an editor account and disables it, which ends its sessions", async ({ page, browser }) => {
  const email = `editor-${unique()}@demo.local`;
  await signIn(page, demoAdmin);
  await page.getByRole("link", { name: "账号管理" }).click();
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("姓名").fill("新编辑");
  await page.getByLabel("初始密码").fill("short");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.locator("#password-error")).toHaveText("至少 10 个字符。");
  await expect(page.getByLabel("邮箱")).toHaveValue(email);
  await page.getByLabel("初始密码").fill("a long enough password");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText("账号已创建。")).toBeVisible();
  await page.reload();
  await expectNoSeriousA11yViolations(page);

  const other = await (await browser.newContext()).newPage();
  await signIn(other, { email, password: "a long enough password" });

  await page.locator(`[data-account="${email}"]`).getByRole("button", { name: "停用并退出所有会话" }).click();
  await expect(page.locator(`[data-account="${email}"]`)).toContainText("已停用");
  await other.goto("/admin");
  await expect(other).toHaveURL(/\/admin\/sign-in$/);
  await other.context().close();
});
