import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

/** Every address in sitemap.xml, as a path: the public pages a visitor can reach. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/**
 * Collects what the browser reports as errors (a hydration mismatch, an exception), apart from
 * failed loads: a 404 page is one, and so are prefetches of pages other parts provide.
 */
export function collectBrowserErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      errors.push(message.text());
    }
  });
  return errors;
}

/** Expires one kind of public content through the dev route, as the admin area does after an edit. */
export async function revalidate(request: APIRequestContext, kind: string): Promise<void> {
  const response = await request.post("/dev/revalidate", { data: { kind } });
  expect(response.status()).toBe(200);
}

/**
 * Types into a field until it holds exactly `value`: when the page hydrates between Playwright's
 * select-all and its typing, the caret moves to the end and the text is appended to the old one.
 */
export async function fillExactly(field: Locator, value: string): Promise<void> {
  await expect(async () => {
    await field.fill(value);
    await expect(field).toHaveValue(value, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
}
