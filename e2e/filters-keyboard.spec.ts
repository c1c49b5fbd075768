import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/test";

const form = (page: Page) => page.locator("#organization-filters");
const apply = (page: Page) => form(page).getByRole("button", { name: "应用筛选" });

/** Presses Tab (or Shift+Tab, towards the target) until it has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 120): Promise<number> {
  const backwards = await target.evaluate(
    (el) =>
      document.activeElement !== null &&
      document.activeElement !== document.body &&
      Boolean(el.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`not reached in ${max} Tab presses`);
}

/** A marker that a full page load would wipe out. */
const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { __kept: boolean }).__kept = true));
const stillSamePage = (page: Page) => page.evaluate(() => (window as unknown as { __kept?: boolean }).__kept === true);

async function expectUrlToStay(page: Page, url: string) {
  // Long enough for an auto-submit to have navigated.
  await page.waitForTimeout(400);
  expect(page.url()).toBe(url);
}

/** Tabs to Apply, presses Enter, and checks the URL, that focus stayed on Apply, and that no reload happened. */
async function applyAndExpect(page: Page, url: RegExp) {
  await tabTo(page, apply(page));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(url);
  await expect(apply(page)).toBeFocused();
  expect(await stillSamePage(page)).toBe(true);
  await expect(page.locator("#results")).toHaveAttribute("aria-busy", "false");
}

// Hundreds of key presses, each followed by a focus check: about 30 s, beyond the default test timeout.
test("every filter works from the keyboard alone, keeps focus and updates the URL without a reload", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/organizations");
  await markPage(page);
  const summary = page.getByRole("status").filter({ hasText: "家机构" });
  await expect(summary).toBeVisible();

  // Text: Enter applies, focus stays in the field.
  const text = page.locator("#filter-q");
  await tabTo(page, text);
  await page.keyboard.type("心理");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/organizations\?q=%E5%BF%83%E7%90%86$/);
  await expect(text).toBeFocused();
  expect(await stillSamePage(page)).toBe(true);

  // Needs: Space ticks each and nothing navigates until Apply.
  let before = page.url();
  for (const name of [/安全保护/, /心理情感/]) {
    const need = form(page).getByRole("checkbox", { name });
    await tabTo(page, need);
    await page.keyboard.press("Space");
    await expect(need).toBeChecked();
    await expectUrlToStay(page, before);
  }
  await applyAndExpect(page, /need=safety-protection&need=psychological-emotional/);

  // Match: arrow keys move the choice and do not navigate.
  const any = form(page).getByRole("radio", { name: "满足任一所选需求" });
  const all = form(page).getByRole("radio", { name: "同时满足全部所选需求" });
  await tabTo(page, any);
  before = page.url();
  await page.keyboard.press("ArrowDown");
  await expect(all).toBeChecked();
  await expect(all).toBeFocused();
  await expectUrlToStay(page, before);
  await applyAndExpect(page, /match=all/);

  // Region: ArrowDown in the select chooses the first province but does not navigate.
  const region = page.locator("#filter-region");
  await tabTo(page, region);
  before = page.url();
  await page.keyboard.press("ArrowDown");
  await expect(region).toHaveValue("110000");
  await expectUrlToStay(page, before);
  await applyAndExpect(page, /region=110000/);

  // Region back to the whole country, so the other filters have something to narrow.
  await tabTo(page, region);
  await page.keyboard.press("Home");
  await expect(region).toHaveValue("");
  await applyAndExpect(page, /^[^#]*\?(?![^#]*region=)/);

  // Mode, type and donations: ticked one after another, applied together.
  for (const box of [
    form(page).locator('input[name="mode"]').first(),
    form(page).locator('input[name="type"]').first(),
    form(page).locator('input[name="donations"]'),
  ]) {
    await tabTo(page, box);
    before = page.url();
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
    await expectUrlToStay(page, before);
  }
  await applyAndExpect(page, /mode=.*&type=.*&q=.*&donations=1/);

  // Sort: ArrowDown chooses, Apply sorts.
  const sort = page.locator("#filter-sort");
  await tabTo(page, sort);
  before = page.url();
  await page.keyboard.press("ArrowDown");
  await expect(sort).toHaveValue("name");
  await expectUrlToStay(page, before);
  await applyAndExpect(page, /sort=name/);

  // The live region says what the filters now give.
  await expect(summary).toContainText("家机构");
});

test("a short keyboard path leads to the results and to the filters", async ({ page }) => {
  await page.goto("/organizations?need=safety-protection");
  const toResults = page.getByRole("link", { name: "跳到结果" });
  expect(await tabTo(page, toResults)).toBeLessThanOrEqual(12);
  await page.keyboard.press("Enter");
  await expect(page.locator("#results")).toBeFocused();
  await page.keyboard.press("Tab");
  const first = page.locator("[data-result]").first();
  expect(await first.evaluate((card) => card.contains(document.activeElement))).toBe(true);

  await page.goto("/organizations?need=safety-protection");
  const toFilters = page.getByRole("link", { name: "跳到筛选" });
  expect(await tabTo(page, toFilters)).toBeLessThanOrEqual(13);
  await page.keyboard.press("Enter");
  await expect(page.locator("#filters")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator("#filter-q")).toBeFocused();

  // No CSS reordering: on screen, the filters' top is not below the results' top unless they stack.
  const order = await page.evaluate(
    () => [...document.querySelectorAll("main *")].filter((el) => getComputedStyle(el).order !== "0").length,
  );
  expect(order).toBe(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filters are a plain GET form that lands on the short link", async ({ page }) => {
    await page.goto("/organizations");
    await form(page)
      .getByRole("checkbox", { name: /安全保护/ })
      .check();
    await page.locator("#filter-sort").selectOption("name");
    await apply(page).click();
    await expect(page).toHaveURL(/\/organizations\?need=safety-protection&sort=name$/);
    await expect(page.getByTestId("result-summary")).toContainText("安全保护");
  });
});
