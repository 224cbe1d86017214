// Issue 13's dates and participants (decision 0031): the consultant dates an accepted two-day
// proposal; the client contact gets the registration link by mail and in the portal; team members
// register once for both days through it, get their confirmation with one .ics per day, and
// once the group is full the next one joins the waiting list. A revoked link opens nothing.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";

import { expect, test, type Page } from "@playwright/test";

import { createDatabaseClient } from "@/lib/db/client";

import { acceptedTwoDayEngagement } from "../setup/after-course-fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { firstLink, openLatestMail } from "./support/mailbox";
import { E2E_DATABASE_URL_FILE } from "./support/paths";
import { screenshots } from "./support/screenshots";
import { signInAsStaff } from "./support/staff";
import { E2E_STAFF } from "./support/users";

const YEAR = 2037;
const CONTACT = "kontakt.olten@verwaltung.example";

/** An accepted two-day proposal for a group of two; its mails (sealed with this process's key) are removed. */
async function acceptedInE2eDatabase() {
  const db = createDatabaseClient((await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim(), { max: 2 });
  process.env.AUTH_SECRET ||= randomBytes(32).toString("base64");
  try {
    const staff = await db.user.findFirstOrThrow({ where: { email: E2E_STAFF.email } });
    const engagement = await acceptedTwoDayEngagement(
      db,
      { id: staff.id, name: staff.name },
      "Betreibungsamt Olten",
      YEAR,
      { email: CONTACT, participants: 2 },
    );
    const mails = await db.outboxMessage.findMany({
      where: { inquiryId: engagement.inquiry.id },
      select: { id: true },
    });
    await db.$executeRawUnsafe(
      "DELETE FROM graphile_worker._private_jobs WHERE key = ANY($1::text[])",
      mails.map((mail) => `mail:${mail.id}`),
    );
    await db.outboxMessage.deleteMany({ where: { inquiryId: engagement.inquiry.id } });
    return engagement;
  } finally {
    await db.$disconnect();
  }
}

async function register(page: Page, url: string, person: { salutation: string; name: string; email: string }) {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  await page.getByRole("radio", { name: person.salutation, exact: true }).check();
  await page.getByLabel("Vorname und Name").fill(person.name);
  await page.getByLabel("E-Mail-Adresse").fill(person.email);
  await page.getByLabel("Funktion").fill("Sachbearbeitung Schalter");
}

test("the team registers once for both days through the engagement's link", async ({ page }) => {
  test.setTimeout(180_000);
  const { inquiry } = await acceptedInE2eDatabase();
  await signInAsStaff(page);

  // The consultant dates the accepted proposal's two days.
  await page.goto(`/admin/anfragen/${inquiry.reference}/konzept`);
  await page.getByLabel(/^Datum Tag 1/).fill(`${YEAR}-03-16`);
  await page.getByLabel(/^Datum Tag 2/).fill(`${YEAR}-03-17`);
  await page.getByRole("textbox", { name: "Kursort", exact: true }).fill("Olten, Schulungsraum 3");
  await page.getByRole("button", { name: "Kurstermine erfassen" }).click();
  await expect(page.getByRole("region", { name: "Kurstermine" }).getByRole("link", { name: /08:30–/ })).toHaveCount(2);

  // The client contact's mail carries the dates, the portal and the team's registration link.
  const datesMail = await openLatestMail(page, CONTACT, /Ihre Kurstermine/);
  expect(datesMail).toContain("einmal für alle Kurstage");
  const registrationUrl = firstLink(datesMail, /http:\/\/localhost:\d+\/anmeldung\/[A-Za-z0-9_-]{43}/);
  const portalUrl = firstLink(datesMail, /http:\/\/localhost:\d+\/portal\/[A-Za-z0-9_-]{43}/);
  await page.goto(portalUrl);
  const team = page.getByRole("region", { name: /Angemeldete Teilnehmende \(0\)/ });
  await expect(team.getByRole("link", { name: registrationUrl })).toBeVisible();

  // A team member registers for both days.
  await page.goto(registrationUrl);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Firmenkurs für Betreibungsamt Olten")).toBeVisible();
  await expect(page.getByText("Noch 2 Plätze frei.")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectNoAxeViolations(page);
  await screenshots(page, "anmeldung-formular");
  // Bad input is refused at the field; nothing typed is lost.
  await register(page, registrationUrl, { salutation: "Frau", name: "Zoë Brügger", email: "zoe.brügger@" });
  await page.getByLabel("Eine typische schwierige Situation aus Ihrer Arbeit").fill("Laute Vorwürfe am Schalter");
  await page.getByRole("button", { name: "Für alle 2 Kurstage anmelden" }).click();
  await expect(page.getByText("Bitte geben Sie eine gültige E-Mail-Adresse an.")).toBeVisible();
  await expect(page.getByLabel("Vorname und Name")).toHaveValue("Zoë Brügger");
  await page.getByLabel("E-Mail-Adresse").fill("zoe.bruegger@olten.example");
  await page.getByRole("button", { name: "Für alle 2 Kurstage anmelden" }).click();
  await expect(page.getByRole("heading", { name: "Sie sind angemeldet" })).toBeVisible();
  await expect(page.getByText("Ihr Platz gilt für alle 2 Kurstage.")).toBeVisible();
  await expect(page.getByText("Noch 1 Platz frei.")).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshots(page, "anmeldung-bestaetigt");

  // The confirmation, formal and signed, with one calendar file per day.
  const confirmation = await openLatestMail(page, "zoe.bruegger@olten.example", /Anmeldung bestätigt/);
  expect(confirmation).toContain("Guten Tag Frau Brügger");
  expect(confirmation).toContain("an allen 2 Kurstagen");
  expect(confirmation).toContain(`16.03.${YEAR}, 08:30`);
  expect(confirmation).toContain("Freundliche Grüsse");
  await expect(page.getByText("kurstag-1.ics")).toBeVisible();
  await expect(page.getByText("kurstag-2.ics")).toBeVisible();
  await screenshots(page, "mail-anmeldung");

  // The second seat, then the group (two) is full: the third joins the waiting list.
  await register(page, registrationUrl, { salutation: "Herr", name: "Beat Frei", email: "beat.frei@olten.example" });
  await page.getByRole("button", { name: "Für alle 2 Kurstage anmelden" }).click();
  await expect(page.getByRole("heading", { name: "Sie sind angemeldet" })).toBeVisible();
  await register(page, registrationUrl, {
    salutation: "Ohne Anrede",
    name: "Chris Meier",
    email: "chris.meier@olten.example",
  });
  await expect(page.getByText(/Alle Plätze sind vergeben/)).toBeVisible();
  await page.getByRole("button", { name: "Auf die Warteliste setzen" }).click();
  await expect(page.getByRole("heading", { name: "Sie stehen auf der Warteliste" })).toBeVisible();
  await expect(page.getByText(/an Stelle 1 der Warteliste/)).toBeVisible();
  const waiting = await openLatestMail(page, "chris.meier@olten.example", /Warteliste/);
  expect(waiting).toContain("Guten Tag Chris Meier");
  expect(waiting).toContain("an Stelle 1");

  // The portal lists the team; the consultant sees it with the places and revokes the link.
  await page.goto(portalUrl);
  const list = page.getByRole("region", { name: /Angemeldete Teilnehmende \(2\)/ });
  await expect(list.getByText("Zoë Brügger")).toBeVisible();
  await expect(list.getByText("Beat Frei")).toBeVisible();
  await page.goto(`/admin/anfragen/${inquiry.reference}`);
  const admin = page.getByRole("region", { name: "Anmeldung des Teams" });
  await expect(admin.getByText("2 von 2 Plätzen belegt.")).toBeVisible();
  await expect(admin.getByRole("row").filter({ hasText: "Chris Meier" })).toContainText("Warteliste, Stelle 1");
  await expectNoAxeViolations(page);
  await expect(async () => {
    await admin.getByRole("button", { name: "Link sperren" }).click({ timeout: 2000 });
    await page.getByRole("dialog").getByRole("button", { name: "Link sperren" }).click({ timeout: 2000 });
    await expect(admin.getByText("Es gibt keinen gültigen Anmeldelink.")).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });
  await page.goto(registrationUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Anmeldelink nicht mehr gültig" })).toBeVisible();
  await expectNoAxeViolations(page);
});
