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

test("a staff member adds a passkey, signs in with it instead of a code, and removes it", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const email = `passkey-${unique()}@demo.local`;
  await signIn(page, demoAdmin);
  await page.goto("/admin/accounts");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("姓名").fill("通行密钥测试");
  await page.getByLabel("角色").selectOption("ADMIN");
  await page.getByLabel("初始密码").fill(password);
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText("账号已创建。")).toBeVisible({ timeout: 30_000 });

  // A passkey belongs to a host name, never to an IP address: without SITE_URL the site's origin is localhost.
  const baseURL = test.info().project.use.baseURL!.replace("127.0.0.1", "localhost");
  const context = await browser.newContext({ baseURL });
  const member = await context.newPage();
  const cdp = await context.newCDPSession(member);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  // The authenticator app comes first (required of admins), then the passkey section opens.
  await passwordStep(member, email);
  await expect(member).toHaveURL(/\/admin\/second-factor$/, { timeout: 20_000 });
  await expect(member.getByRole("heading", { name: "通行密钥" })).toHaveCount(0);
  const secret = (await member.locator("[data-totp-secret]").innerText()).trim();
  await member
    .getByLabel("应用显示的 6 位验证码")
    .fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) }));
  await member.getByRole("button", { name: "确认并启用" }).click();
  await member.getByRole("link", { name: "继续进入管理后台" }).click();
  await expect(overview(member)).toBeVisible();

  await member.goto("/admin/second-factor");
  await expect(member.getByRole("heading", { name: "通行密钥" })).toBeVisible();
  await expect(member.getByText("还没有通行密钥。")).toBeVisible();
  await member.getByRole("button", { name: "添加通行密钥" }).click();
  await expect(member.locator("main").getByRole("alert")).toHaveText("请填写 1 到 60 个字的名称。");
  await member.getByLabel(/新通行密钥的名称/).fill("办公室电脑");
  await member.getByRole("button", { name: "添加通行密钥" }).click();
  await expect(member.locator("main").getByRole("status")).toHaveText("通行密钥已添加。", { timeout: 20_000 });
  const row = member.locator("[data-passkeys] tbody tr");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("办公室电脑");
  await expect(row).toContainText("从未使用");
  await expectNoSeriousA11yViolations(member);
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials).toHaveLength(1);

  // Sign out; the password, then the passkey instead of a code.
  await member.getByRole("button", { name: "退出登录" }).click();
  await passwordStep(member, email);
  await expect(member).toHaveURL(/\/admin\/sign-in\/code$/, { timeout: 20_000 });
  await expectNoSeriousA11yViolations(member);
  await member.getByRole("button", { name: "使用通行密钥" }).click();
  await expect(overview(member)).toBeVisible({ timeout: 20_000 });

  await member.goto("/admin/second-factor");
  await expect(row).not.toContainText("从未使用");
  await row.getByRole("button", { name: "移除 办公室电脑" }).click();
  await expect(member.getByText("还没有通行密钥。")).toBeVisible();

  // With no passkey left, the code step offers none.
  await member.getByRole("button", { name: "退出登录" }).click();
  await passwordStep(member, email);
  await expect(member).toHaveURL(/\/admin\/sign-in\/code$/, { timeout: 20_000 });
  await expect(member.getByRole("button", { name: "使用通行密钥" })).toHaveCount(0);
  await context.close();

  await page.goto(`/admin/security?account=${encodeURIComponent(email)}`);
  const events = page.locator("[data-security-events] tbody tr");
  for (const kind of ["passkey-added", "passkey-removed", "sign-in-success"])
    await expect(events.and(page.locator(`[data-event-kind="${kind}"]`)).first()).toBeVisible();
  // The account's email contains "passkey" too: match the method in the detail.
  const passkeySignIns = page.locator('[data-event-kind="sign-in-success"]').filter({ hasText: /method\W+passkey/ });
  await expect(passkeySignIns).toHaveCount(1);
});
