import type { Page } from "@playwright/test";

/** Full-page screenshots at 390 and 1280 px into test-results/screens/<name>-phone|desktop.png, to look at. */
export async function screenshots(page: Page, name: string): Promise<void> {
  for (const [width, label] of [
    [390, "phone"],
    [1280, "desktop"],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}
