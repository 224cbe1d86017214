import { readFile } from "node:fs/promises";
import path from "node:path";

import { expect, type Page } from "@playwright/test";
import { simpleParser } from "mailparser";

import { E2E_MAIL_DIR } from "./paths";

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

/** How many mails to `recipient` with `subject` the dev mailbox holds now. */
export async function countMails(page: Page, recipient: string, subject: RegExp): Promise<number> {
  await page.goto("/dev/mail");
  return page.getByRole("row").filter({ hasText: recipient }).filter({ hasText: subject }).count();
}

/**
 * The newest such mail once there are more than `before`: a link mailed again (sign-in) must not be
 * confused with the previous one, which is already spent while the new one is still on its way.
 */
export async function openNewMail(page: Page, recipient: string, subject: RegExp, before: number): Promise<string> {
  await expect(async () => {
    expect(await countMails(page, recipient, subject)).toBeGreaterThan(before);
  }).toPass({ timeout: 20_000 });
  return openLatestMail(page, recipient, subject);
}

export function firstLink(text: string, pattern: RegExp): string {
  const match = text.match(pattern);
  if (!match) throw new Error(`No link matching ${pattern} in:\n${text}`);
  return match[0];
}

/**
 * The attachments of the mail open in the dev mailbox (/dev/mail/<id>), with their content: the page
 * names them only, so they are read from the mailbox folder the page itself reads.
 */
export async function attachmentsOfOpenMail(page: Page): Promise<{ filename: string; content: string }[]> {
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const parsed = await simpleParser(await readFile(path.join(E2E_MAIL_DIR, `${id}.eml`)));
  return parsed.attachments.map((attachment) => ({
    filename: attachment.filename ?? "",
    content: attachment.content.toString("utf8"),
  }));
}
