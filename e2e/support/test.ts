import { type Browser, type BrowserContext, test as base, expect } from "@playwright/test";

/**
 * The `test` and `expect` of every browser test. On top of Playwright's own, it
 * fails a test when any page broke the Content-Security-Policy: the browser's
 * console message and the page's `securitypolicyviolation` event are both
 * caught, in the default context and in every context a test opens itself.
 */

const MARK = "[csp-violation]";
const violations: string[] = [];
let allowed: RegExp[] = [];
const guarded = new WeakSet<BrowserContext>();

async function guard(context: BrowserContext): Promise<void> {
  if (guarded.has(context)) return;
  guarded.add(context);
  await context.addInitScript((mark: string) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `${mark} ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${location.pathname}`,
      );
    });
  }, MARK);
  context.on("console", (message) => {
    const text = message.text();
    if (text.startsWith(MARK) || /Content Security Policy/i.test(text))
      violations.push(`${message.page()?.url()}: ${text}`);
  });
}

function guardNewContexts(browser: Browser): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
    const context = await newContext(...args);
    await guard(context);
    return context;
  };
}

/** Lets a test that provokes a violation on purpose (a framing attempt) say which one it expects. */
type CspGuard = { allow: (pattern: RegExp) => void };

export const test = base.extend<{ cspGuard: CspGuard }, { guardedBrowser: void }>({
  guardedBrowser: [
    async ({ browser }, provide) => {
      guardNewContexts(browser);
      await provide();
    },
    { scope: "worker", auto: true },
  ],
  context: async ({ context }, provide) => {
    await guard(context);
    await provide(context);
  },
  cspGuard: [
    async ({}, provide) => {
      violations.length = 0;
      allowed = [];
      await provide({ allow: (pattern) => void allowed.push(pattern) });
      const unexpected = violations.filter((text) => !allowed.some((pattern) => pattern.test(text)));
      expect(unexpected, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
