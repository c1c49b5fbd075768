import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** axe's default rule set narrowed to WCAG 2.0-2.2 A/AA and best practice: the bar for every public page. */
const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

/**
 * Rules axe still calls experimental, switched on because they check a WCAG success criterion we claim:
 * label-content-name-mismatch is 2.5.3 (a link's name starts with the words it shows, so voice control works).
 */
const experimentalRules = { "label-content-name-mismatch": { enabled: true } };

/** One line per violated rule ("rule (impact): help, N nodes"), empty when the page passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ rules: experimentalRules }).withTags(axeTags).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}, ${v.nodes.length} nodes`);
}
