import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import AxeBuilder from "@axe-core/playwright";
import { demoAccounts } from "@/lib/auth/demo-accounts";

export const [demoAdmin, demoEditor] = demoAccounts;

/** Signs in through the form and waits for the overview. */
export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto("/admin/sign-in");
  await page.getByLabel("邮箱").fill(account.email);
  await page.getByLabel("密码").fill(account.password);
  await page.getByRole("button", { name: "登录" }).click();
  // Password hashing is slow on purpose (and slower on a busy machine): allow for it.
  await expect(page.getByRole("heading", { level: 1, name: "总览" })).toBeVisible({ timeout: 20_000 });
}

/** A suffix that keeps records made by the desktop and mobile runs apart. */
export const unique = () => `${test.info().project.name}-${Date.now().toString(36)}`;

export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export async function publicOrganizationCount(page: Page): Promise<number> {
  await page.goto("/");
  return Number((await page.locator('[data-figure="organizations"] dd').innerText()).replace(/\D/g, ""));
}
