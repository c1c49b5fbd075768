import { expect, test } from "./support/test";
import { demoAdmin, demoEditor, expectNoSeriousA11yViolations, signIn } from "./admin-helpers";

test("staff pages send a visitor to sign-in, and exports refuse a forged session", async ({ page, request }) => {
  for (const path of ["/admin", "/admin/organization", "/admin/organization/1", "/admin/accounts", "/admin/import"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
  }
  const forged = await request.get("/admin/export/organization", {
    headers: { cookie: "navigator_staff_session=forged" },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(401);
  const noCookie = await request.get("/admin/export/database", { maxRedirects: 0 });
  expect(noCookie.status()).toBe(307);
});

test("a wrong password is refused; the right one signs in, and sign-out ends the session", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("邮箱").fill(demoAdmin.email);
  await page.getByLabel("密码").fill("not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("邮箱或密码不正确。", { timeout: 20_000 });
  await expect(page.getByLabel("邮箱")).toHaveValue(demoAdmin.email);

  await signIn(page, demoEditor);
  const cookie = (await page.context().cookies()).find((c) => c.name === "navigator_staff_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByText("你已退出登录。")).toBeVisible();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});

test("the staff area switches to English and back", async ({ page }) => {
  await signIn(page, demoEditor);
  await page.getByRole("button", { name: "切换到英文界面" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await page.goto("/admin/need/new");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "Some fields need attention; see the marked fields.",
  );
  await expect(page.locator("#nameZh-error")).toHaveText("Required.");
  await page.getByRole("button", { name: "Switch to Chinese" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("a flood of sign-in posts is answered 429 before any rendering, with Retry-After and the security headers", async ({
  page,
}) => {
  await page.goto("/admin/sign-in");
  // The real form's fields, posted as a browser without JavaScript would, many at once: password checks run one at a
  // time, so the attempts pile up and those beyond the instance's cap must be answered by the server at once.
  const results = await page.evaluate(async () => {
    const form = document.querySelector<HTMLFormElement>('form:has(input[type="password"])')!;
    const post = async (n: number) => {
      const data = new FormData(form);
      data.set("email", "flood@spoof.test");
      data.set("password", `not-the-password-${n}`);
      const response = await fetch(location.href, { method: "POST", body: data });
      const h = (name: string) => response.headers.get(name) ?? "";
      return {
        status: response.status,
        retryAfter: h("retry-after"),
        csp: h("content-security-policy"),
        frame: h("x-frame-options"),
        cache: h("cache-control"),
        body: await response.text(),
      };
    };
    return Promise.all(Array.from({ length: 12 }, (_, n) => post(n)));
  });
  const refused = results.filter((r) => r.status === 429);
  expect(refused.length, "sign-ins beyond the instance's cap must be refused at once").toBeGreaterThan(0);
  expect(results.filter((r) => r.status === 200).length, "the first attempts reach the app").toBeGreaterThan(0);
  const first = refused[0]!;
  expect(Number(first.retryAfter)).toBeGreaterThan(0);
  expect(first.csp).toContain("frame-ancestors 'none'");
  expect(first.frame).toBe("DENY");
  expect(first.cache).toBe("no-store");
  expect(first.body).toContain("登录尝试过于频繁");
});
