import { expect, test } from "./support/test";
import { throttlePolicy } from "@/lib/auth/throttle";
import { sql } from "./support/db";

// Any client can send X-Forwarded-For. Without TRUSTED_PROXIES (as here) the
// app must count every attempt against the socket address, so rotating the
// header does not escape the sign-in throttle.
test.afterAll(async () => {
  await sql("DELETE FROM sign_in_throttle WHERE key LIKE 'ip:%' OR key LIKE '%@spoof.test%'");
});

test("a rotating X-Forwarded-For header does not escape the sign-in limit", async ({ page }) => {
  test.skip(test.info().project.name !== "desktop", "one run is enough: the limit is per address");
  test.setTimeout(120_000);
  await page.goto("/admin/sign-in");
  let throttledAfter = 0;
  // One address may fail `ip.freeFailures` times before it waits; a few more attempts must be refused.
  for (let attempt = 1; attempt <= throttlePolicy.ip.freeFailures + 3 && !throttledAfter; attempt++) {
    await page.setExtraHTTPHeaders({
      "x-forwarded-for": `198.51.100.${attempt}`,
      "x-real-ip": `198.51.100.${attempt}`,
    });
    await page.getByLabel("邮箱").fill(`guess-${attempt}@spoof.test`);
    await page.getByLabel("密码").fill("not-the-password");
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/admin/sign-in")),
      page.getByRole("button", { name: "登录" }).click(),
    ]);
    const alert = page.locator("main").getByRole("alert");
    await expect(alert).toHaveText(/邮箱或密码不正确|尝试次数过多/);
    if (/尝试次数过多/.test(await alert.innerText())) throttledAfter = attempt;
  }
  expect(throttledAfter, "the throttle should count the socket address, whatever the header says").toBeGreaterThan(0);
});

test("responses carry a request id", async ({ request }) => {
  const first = await request.get("/", { headers: { "x-request-id": "chosen-by-client" } });
  const id = first.headers()["x-request-id"];
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect((await request.get("/")).headers()["x-request-id"]).not.toBe(id);
});
