import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./support/axe";
import { requestSignInLink, signInByLink } from "./support/sign-in";
import { E2E_STAFF } from "./support/users";

test("an anonymous visitor of the admin area is sent to the sign-in page", async ({ page }) => {
  await page.goto("/admin/anfragen");
  await expect(page).toHaveURL(/\/admin\/anmelden\?next=%2Fadmin%2Fanfragen$/);
  await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the owner signs in with the e-mail link from the dev mailbox", async ({ page }) => {
  await signInByLink(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guten Tag Markus Muster");
  await expect(
    page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Benutzer" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an unknown address gets the same answer and no mail", async ({ page }) => {
  await requestSignInLink(page, "niemand@amt.example");
  await page.goto("/dev/mail");
  await expect(page.getByRole("row").filter({ hasText: "niemand@amt.example" })).toHaveCount(0);
});

test("staff sign in with a password, do not see user management, and sign out", async ({ page }) => {
  await page.goto("/admin/anmelden");
  const form = page.getByRole("region", { name: "Mit Passwort" });
  await form.getByLabel("E-Mail-Adresse").fill(E2E_STAFF.email);
  await form.getByLabel("Passwort").fill("falsches-passwort");
  await form.getByRole("button", { name: "Anmelden" }).click();
  await expect(form.getByRole("alert").getByRole("link")).toHaveText("E-Mail-Adresse oder Passwort stimmen nicht.");
  await expect(form.getByLabel("E-Mail-Adresse")).toHaveValue(E2E_STAFF.email);

  await form.getByLabel("Passwort").fill(E2E_STAFF.password);
  await form.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Guten Tag ${E2E_STAFF.name}`);
  await expect(
    page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Benutzer" }),
  ).toHaveCount(0);

  await page.goto("/admin");
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/admin\/anmelden\?abgemeldet=1$/);
  await expect(page.getByRole("status")).toHaveText("Sie sind abgemeldet.");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/anmelden/);
});
