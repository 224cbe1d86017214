// Issue 13's participant list: the client contact pastes a list from Excel in the portal (a bad
// line is shown before anything is sent), the consultant imports a CSV with a preview (a bad line
// imports nothing until it is skipped on purpose), the portal shows the list as it fills, the
// designer shows the situations for role plays, and the dashboard counts the registrations.

import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./support/axe";
import { twoDayCourseInE2eDatabase } from "./support/engagement";
import { screenshots } from "./support/screenshots";
import { signInAsStaff } from "./support/staff";

const YEAR = 2097;

/** A two-day engagement dated in March 2097, accepted for three people, nobody registered yet. */
function engagementInE2eDatabase() {
  return twoDayCourseInE2eDatabase("Steueramt Olten", YEAR, {
    email: "kontakt.olten@verwaltung.example",
    withParticipants: false,
  });
}

test("the client pastes a list in the portal, the consultant imports a CSV, both see the list", async ({ page }) => {
  const { inquiry, token } = await engagementInE2eDatabase();

  // The client contact pastes two people from Excel; a typo is shown with its line before sending.
  await page.goto(`/portal/${token}`);
  const section = page.getByRole("region", { name: /Angemeldete Teilnehmende \(0\)/ });
  await expect(section.getByText("Noch niemand ist angemeldet.")).toBeVisible();
  const list = section.getByLabel(/Liste aus Excel einfügen/);
  await expect(async () => {
    await list.fill(
      "Name\tE-Mail\tFunktion\r\nAnna Müller\tanna.mueller@olten.example\tSchalter\r\nJörg Bär\tjoerg(at)olten.example\tTelefon",
    );
    await expect(section.getByText("«joerg(at)olten.example» ist keine gültige E-Mail-Adresse.")).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 20_000 });
  await expect(section.getByRole("button", { name: "1 Person anmelden" })).toBeDisabled();
  await expectNoAxeViolations(page);
  await screenshots(page, "portal-teilnehmende-vorschau");
  await list.fill(
    "Name\tE-Mail\tFunktion\r\nAnna Müller\tanna.mueller@olten.example\tSchalter\r\nJörg Bär\tjoerg.baer@olten.example\tTelefon",
  );
  await section.getByRole("button", { name: "2 Personen anmelden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 Personen angemeldet." })).toBeVisible();
  const table = page.getByRole("region", { name: "Angemeldete Teilnehmende", exact: true });
  await expect(table.getByRole("row", { name: /Anna Müller Schalter angemeldet/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /Jörg Bär Telefon angemeldet/ })).toBeVisible();
  await expect(page.getByText("anna.mueller@olten.example")).toHaveCount(0);

  // The consultant imports a CSV (BOM, semicolons): the preview names the bad line, nothing is
  // imported until it is skipped on purpose.
  await signInAsStaff(page);
  await page.goto(`/admin/anfragen/${inquiry.reference}`);
  await page.getByRole("link", { name: "Teilnehmende verwalten und importieren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Teilnehmende Steueramt Olten" })).toBeVisible();
  await expect(page.getByText("2 von 3 Plätzen besetzt · Warteliste: 0")).toBeVisible();
  const csv = [
    "\uFEFFAnrede;Vorname;Nachname;E-Mail;Funktion;Situation",
    "Frau;Carla;Frei;carla.frei@olten.example;Schalter;Ein Kunde wirft mir vor, ich sei schuld an der Busse.",
    "Herr;Dario;Rossi;dario.rossi@olten;Leitung;",
    "Herr;Jörg;Bär;joerg.baer@olten.example;Telefon;",
    "Frau;Eva;Graf;eva.graf@olten.example;Telefon;Jemand droht am Telefon mit einer Beschwerde.",
  ].join("\r\n");
  await expect(async () => {
    await page
      .getByLabel(/CSV-Datei/)
      .setInputFiles({ name: "team.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await expect(page.getByRole("table", { name: "Vorschau des Imports" })).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  const preview = page.getByRole("table", { name: "Vorschau des Imports" });
  await expect(preview.getByRole("row").filter({ hasText: "Carla Frei" })).toContainText("Neu");
  await expect(preview.getByRole("row").filter({ hasText: /^3/ })).toContainText(
    "«dario.rossi@olten» ist keine gültige E-Mail-Adresse.",
  );
  await expect(preview.getByRole("row").filter({ hasText: "Jörg Bär" })).toContainText("Schon angemeldet");
  await expect(
    page.getByText(/2 neue Personen \(1 mit Platz, 1 auf die Warteliste\), 1 schon angemeldet, 1 Zeile mit Fehlern/),
  ).toBeVisible();
  const importButton = page.getByRole("button", { name: "2 Personen importieren" });
  await expect(importButton).toBeDisabled();
  await expectNoAxeViolations(page);
  await screenshots(page, "admin-teilnehmende-import");
  await page.getByLabel(/fehlerhafte Zeile überspringen/).check();
  await importButton.click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "1 Person angemeldet, 1 Person auf der Warteliste. Übersprungen: Zeile 3." }),
  ).toBeVisible();
  const participants = page.getByRole("region", { name: "Teilnehmende", exact: true });
  await expect(participants.getByRole("row", { name: /Carla Frei/ })).toContainText("Platz");
  await expect(participants.getByRole("row", { name: /Eva Graf/ })).toContainText("Warteliste 1");
  await expect(page.getByText("3 von 3 Plätzen besetzt · Warteliste: 1")).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshots(page, "admin-teilnehmende");

  // The designer shows the answers grouped by function beside the agenda.
  await page.goto(`/admin/anfragen/${inquiry.reference}/konzept`);
  const situations = page.getByRole("complementary", { name: "Situationen für Rollenspiele" });
  await expect(situations.getByRole("heading", { name: "Schalter (1)" })).toBeVisible();
  await expect(situations).toContainText("Ein Kunde wirft mir vor, ich sei schuld an der Busse.");
  await expect(situations.getByRole("heading", { name: "Telefon (1)" })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshots(page, "designer-situationen");

  // The dashboard lists the course days with their registrations (seats of the day's room of 12).
  await page.goto("/admin");
  await expect(
    page.getByText(new RegExp(`${inquiry.reference}, Steueramt Olten · 3 von 12 angemeldet · Warteliste: 1`)).first(),
  ).toBeVisible();

  // The portal shows everyone, the waiting list included, and the client may still remove people.
  await page.goto(`/portal/${token}`);
  const after = page.getByRole("region", { name: "Angemeldete Teilnehmende", exact: true });
  await expect(after.getByRole("row", { name: /Carla Frei Schalter angemeldet/ })).toBeVisible();
  await expect(after.getByRole("row", { name: /Eva Graf Telefon Warteliste, Platz 1/ })).toBeVisible();
  await expect(page.getByText(/Sie können Teilnehmende hier bis am \d{2}\.03\.2097 entfernen/)).toBeVisible();
  await after.getByRole("button", { name: "Jörg Bär entfernen" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Abmelden" }).click();
  await expect(after.getByRole("row", { name: /Jörg Bär/ })).toHaveCount(0);
  // The seat he gave up goes to the first on the waiting list.
  await expect(after.getByRole("row", { name: /Eva Graf Telefon angemeldet/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshots(page, "portal-teilnehmende");
});
