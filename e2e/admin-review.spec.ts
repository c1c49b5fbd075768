import { expect, test } from "./support/test";
import { sql } from "./support/db";
import { demoEditor, expectNoSeriousA11yViolations, signIn } from "./admin-helpers";

// The review routine: a queue of published records due for review, oldest first; a review records how it was done,
// and the public page says when and how, flagging an organization not verified for over 24 months.

test("staff work through the review queue; the public page shows when and how a record was verified", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Two organizations taken over from samples: one reviewed 800 days ago, one never.
  const orgs = await sql<{ id: number; slug: string; name_zh: string }>(
    `SELECT id, slug, name_zh FROM organization WHERE status = 'PUBLISHED' AND deleted_at IS NULL
     ORDER BY id DESC LIMIT 2`,
  );
  const [old, never] = orgs as [(typeof orgs)[number], (typeof orgs)[number]];
  await sql(
    `UPDATE organization SET is_sample = false, review_method = NULL,
       reviewed_at = CASE WHEN id = $1 THEN now() - interval '800 days' ELSE NULL END
     WHERE id IN ($1, $2)`,
    [old.id, never.id],
  );

  await signIn(page, demoEditor);
  await expect(page.locator("[data-review-counts]")).toContainText("待复核记录");
  await page.locator("[data-review-counts] a").click();
  await expect(page.getByRole("heading", { level: 1, name: "待复核" })).toBeVisible();
  await page.getByLabel("记录类型").selectOption("organization");
  await page.getByRole("button", { name: "应用" }).click();
  await expect(page).toHaveURL(/kind=organization/);
  const rows = page.locator("[data-due]");
  const order = await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-due")));
  // Never reviewed first, then the oldest review.
  expect(order.indexOf(`organization-${never.id}`)).toBeGreaterThanOrEqual(0);
  expect(order.indexOf(`organization-${never.id}`)).toBeLessThan(order.indexOf(`organization-${old.id}`));
  await expectNoSeriousA11yViolations(page);

  // A review names its method: the browser asks for one first.
  const row = page.locator(`[data-due="organization-${old.id}"]`);
  await row.getByRole("button", { name: "标记为已复核" }).click();
  await expect(page.locator("[role=status]")).toHaveCount(0);
  await row.getByLabel("核实方式").selectOption("SITE_VISIT");
  await row.getByRole("button", { name: "标记为已复核" }).click();
  await expect(page.getByRole("status")).toHaveText("已记录复核。");
  await expect(page).toHaveURL(/\/admin\/review\?.*kind=organization.*&done=review/);
  await expect(page.locator(`[data-due="organization-${old.id}"]`)).toHaveCount(0);
  const [stored] = await sql<{ review_method: string; action: string }>(
    `SELECT o.review_method, a.action FROM organization o
     JOIN audit_entry a ON a.record_type = 'organization' AND a.record_id = o.id AND a.action = 'review'
     WHERE o.id = $1`,
    [old.id],
  );
  expect(stored).toEqual({ review_method: "SITE_VISIT", action: "review" });

  // A shorter age lists at least as many records.
  const total = Number(await page.locator("[data-review-total]").getAttribute("data-review-total"));
  await page.goto("/admin/review?months=1&kind=organization");
  expect(Number(await page.locator("[data-review-total]").getAttribute("data-review-total"))).toBeGreaterThanOrEqual(
    total,
  );
  // A hostile age is ignored, not an error.
  const hostile = await page.goto("/admin/review?months=-1%27%3B--&kind=%3Cscript%3E");
  expect(hostile?.status()).toBe(200);

  // Public pages, both languages.
  await page.goto(`/organizations/${old.slug}`);
  await expect(page.locator("[data-verification]")).toContainText("方式：实地走访");
  await expect(page.locator("[data-review-flag]")).toHaveCount(0);
  await page.goto(`/en/organizations/${old.slug}`);
  await expect(page.locator("[data-verification]")).toContainText("by a site visit");
  await page.goto(`/organizations/${never.slug}`);
  await expect(page.locator('[data-review-flag="lapsed"]')).toContainText("超过 24 个月没有核实");
  await page.goto(`/en/organizations?q=${encodeURIComponent(never.name_zh)}`);
  await expect(page.locator('[data-review-flag="lapsed"]').first()).toContainText("not verified for over 24 months");
});
