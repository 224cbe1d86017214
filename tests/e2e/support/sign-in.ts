import { expect, type Page } from "@playwright/test";

import { countMails, firstLink, openNewMail } from "./mailbox";
import { withSavedSession } from "./session";
import { E2E_OWNER_EMAIL } from "./users";

/** The owner signs in with the e-mail link from the dev mailbox (once per worker; see session.ts). */
export async function signInAsOwner(page: Page) {
  await withSavedSession(
    page,
    E2E_OWNER_EMAIL,
    async () => new URL(page.url()).pathname === "/admin",
    () => signInByLink(page),
  );
}

/** Asks for a sign-in link on the form: the answer is the same whether the address is known or not. */
export async function requestSignInLink(page: Page, email: string) {
  await page.goto("/admin/anmelden");
  await page.getByRole("region", { name: "Mit Anmeldelink" }).getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Anmeldelink senden" }).click();
  await expect(page.getByRole("heading", { name: "Schauen Sie in Ihr Postfach" })).toBeVisible();
}

/** Through the form and the link in the dev mailbox: for the journeys that are about signing in. */
export async function signInByLink(page: Page) {
  const before = await countMails(page, E2E_OWNER_EMAIL, /Anmeldelink/);
  await requestSignInLink(page, E2E_OWNER_EMAIL);
  const text = await openNewMail(page, E2E_OWNER_EMAIL, /Anmeldelink/, before);
  await page.goto(firstLink(text, /http:\/\/localhost:\d+\/api\/auth\/callback\/email\S+/));
  await expect(page).toHaveURL(/\/admin$/);
}
