import { randomUUID } from "node:crypto";

import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./support/axe";
import { withE2eDatabase } from "./support/database";
import { signInAsOwner } from "./support/sign-in";
import { signInAsStaff } from "./support/staff";

test("the owner exports and then erases everything stored about one address", async ({ page }) => {
  const email = `zoe.${randomUUID().slice(0, 8)}@amt.example`;
  await withE2eDatabase((db) =>
    db.query(
      `INSERT INTO "Appointment" (id, "startsAt", "endsAt", name, email, topic, "manageTokenHash", "updatedAt")
       VALUES (gen_random_uuid(), now() - interval '30 days', now() - interval '30 days' + interval '30 minutes',
               'Zoë Müller', $1, 'Zwangskunden', $2, now())`,
      [email, randomUUID()],
    ),
  );
  await signInAsOwner(page);
  await page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Datenschutz" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Datenschutz");
  await expectNoAxeViolations(page);

  const lookup = page.getByRole("region", { name: /Auskunft/ });
  await lookup.getByLabel("E-Mail-Adresse").fill("keine-adresse");
  await lookup.getByRole("button", { name: "Gespeicherte Daten anzeigen" }).click();
  await expect(lookup.getByText("Bitte geben Sie eine gültige E-Mail-Adresse ein.")).toBeVisible();
  // Enter sends the form from the field, as a keyboard user would.
  await lookup.getByLabel("E-Mail-Adresse").fill(email.toUpperCase());
  await lookup.getByLabel("E-Mail-Adresse").press("Enter");
  await expect(lookup.getByText("1 Erstgespräche")).toBeVisible();
  const downloading = page.waitForEvent("download");
  await lookup.getByRole("link", { name: "Alle Daten als JSON-Datei herunterladen" }).click();
  const file = await (await downloading).path();
  const { readFile } = await import("node:fs/promises");
  const exported = JSON.parse(await readFile(file, "utf8"));
  expect(exported.appointments[0]).toMatchObject({ name: "Zoë Müller", email, topic: "Zwangskunden" });

  const erase = page.getByRole("region", { name: /Löschen/ });
  await erase.getByLabel("E-Mail-Adresse").fill(email);
  await erase.getByLabel("Bestätigung").fill("loeschen");
  await erase.getByRole("button", { name: "Endgültig löschen" }).click();
  await expect(erase.getByText("Bitte tippen Sie LÖSCHEN zur Bestätigung.")).toBeVisible();
  await erase.getByLabel("Bestätigung").fill("LÖSCHEN");
  await erase.getByLabel("Bestätigung").press("Enter");
  await expect(erase.getByRole("status")).toContainText("1 Erstgespräche");
  const left = await withE2eDatabase((db) =>
    db.query(`SELECT count(*)::int AS n FROM "Appointment" WHERE email = $1`, [email]),
  );
  expect(left.rows[0].n).toBe(0);
});

test("staff do not find the data-protection area", async ({ page }) => {
  await signInAsStaff(page);
  await expect(page.getByRole("link", { name: "Datenschutz" })).toHaveCount(0);
  const response = await page.goto("/admin/datenschutz");
  expect(response?.status()).toBe(404);
});

test("the privacy page says what is stored and for how long", async ({ page }) => {
  await page.goto("/datenschutz");
  await expect(page.getByRole("heading", { name: "Wie lange" })).toBeVisible();
  await expect(page.getByText("Erstgespräche: 12 Monate nach dem Gespräch")).toBeVisible();
  await expect(page.getByText(/Kursanfragen: 24 Monate/)).toBeVisible();
});
