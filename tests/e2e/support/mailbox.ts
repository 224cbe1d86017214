import { expect, type Page } from "@playwright/test";

/**
 * Opens the newest mail to `recipient` whose subject matches, through the dev mailbox pages as a
 * person would, waiting for the background worker to deliver it. Returns its text part.
 */
export async function openLatestMail(page: Page, recipient: string, subject: RegExp): Promise<string> {
  await expect(async () => {
    await page.goto("/dev/mail");
    const row = page.getByRole("row").filter({ hasText: recipient }).filter({ hasText: subject }).first();
    await expect(row).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page
    .getByRole("row")
    .filter({ hasText: recipient })
    .filter({ hasText: subject })
    .first()
    .getByRole("link")
    .click();
  const text = await page.getByRole("region", { name: "Text-Fassung" }).locator("pre").innerText();
  return text;
}

export function firstLink(text: string, pattern: RegExp): string {
  const match = text.match(pattern);
  if (!match) throw new Error(`No link matching ${pattern} in:\n${text}`);
  return match[0];
}
