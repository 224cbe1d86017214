import { expect, type Page } from "@playwright/test";

import { withSavedSession } from "./session";
import { E2E_STAFF } from "./users";

/** Signs in with the e2e staff account's password, as a person would (once per worker; see session.ts). */
export async function signInAsStaff(page: Page) {
  const welcome = page.getByRole("heading", { level: 1, name: `Guten Tag ${E2E_STAFF.name}` });
  await withSavedSession(
    page,
    E2E_STAFF.email,
    async () => (await welcome.count()) === 1,
    () => signInWithPassword(page),
  );
  await expect(welcome).toBeVisible();
}

async function signInWithPassword(page: Page) {
  await page.goto("/admin/anmelden");
  const form = page.getByRole("region", { name: "Mit Passwort" });
  await form.getByLabel("E-Mail-Adresse").fill(E2E_STAFF.email);
  await form.getByLabel("Passwort").fill(E2E_STAFF.password);
  await form.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Guten Tag ${E2E_STAFF.name}`);
}
