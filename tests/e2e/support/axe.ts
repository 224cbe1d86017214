import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 A and AA, the level eCH-0059 asks of Swiss public-sector sites. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next streams a page's metadata after a server action re-renders it: wait until the title is
  // back (every page must have one) rather than let axe catch the moment in between.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}
