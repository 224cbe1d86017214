import type { Cookie, Page } from "@playwright/test";

// Sign-in is rate limited per account (5 in 15 minutes), as it must be. Specs that only need to be
// signed in reuse the session cookie of the account's first sign-in in this worker instead of
// signing in again; the sign-in journeys themselves are tested through the form in their own specs.
const sessions = new Map<string, Cookie[]>();

export async function withSavedSession(
  page: Page,
  account: string,
  isSignedIn: () => Promise<boolean>,
  signIn: () => Promise<void>,
): Promise<void> {
  const saved = sessions.get(account);
  if (saved) {
    await page.context().addCookies(saved);
    await page.goto("/admin");
    if (await isSignedIn()) return;
  }
  await signIn();
  sessions.set(account, await page.context().cookies());
}
