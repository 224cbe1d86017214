import { expect, type Page } from "@playwright/test";

import { E2E_STAFF } from "./users";

/** Signs in with the e2e staff account's password, as a person would. */
export async function signInAsStaff(page: Page) {
  await page.goto("/admin/anmelden");
  const form = page.getByRole("region", { name: "Mit Passwort" });
  await form.getByLabel("E-Mail-Adresse").fill(E2E_STAFF.email);
  await form.getByLabel("Passwort").fill(E2E_STAFF.password);
  await form.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Grüezi ${E2E_STAFF.name}`);
}
