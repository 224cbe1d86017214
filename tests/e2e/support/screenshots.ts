import type { Page } from "@playwright/test";

/** Full-page screenshots at phone (390 px) and desktop (1280 px) width, to look at (test-results/screens). */
export async function screenshots(page: Page, name: string) {
  for (const [width, label] of [
    [390, "phone"],
    [1280, "desktop"],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}
