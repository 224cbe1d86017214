import axe from "axe-core";
import { expect } from "vitest";

/**
 * axe over a rendered component in jsdom. Colour contrast needs layout and real CSS, which jsdom has
 * not; the e2e suite checks it in Chromium.
 */
export async function expectNoAxeViolations(container: Element) {
  const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}
