// Issue 13 from end to end, as the three people involved live it: the consultant sends a proposal
// after seeing the mail as the client will get it, the client contact accepts it in the portal, the
// consultant dates the course, the client contact's mail brings the team's registration link, and
// three people are registered: one through the link, one pasted by the client contact in the
// portal, one imported by the consultant from a CSV file. The portal then shows the dates and the
// list, and each participant has a confirmation whose calendar files hold the course days.
import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./support/axe";
import { inquiryInE2eDatabase } from "./support/engagement";
import { attachmentsOfOpenMail, firstLink, openLatestMail } from "./support/mailbox";
import { fillExactly } from "./support/pages";
import { screenshots } from "./support/screenshots";
import { signInAsStaff } from "./support/staff";

const YEAR = 2038;
const CONTACT = "leitung.zulassung@verwaltung.example";
const TITLE = "Kundenkontakt am Schalter";
const PEOPLE = {
  link: { name: "Zoë Brügger", email: "zoe.bruegger@zulassung.example", function: "Sachbearbeitung Schalter" },
  portal: { name: "Jörg Bär", email: "joerg.baer@zulassung.example", function: "Telefon" },
  csv: { name: "Carla Frei", email: "carla.frei@zulassung.example", function: "Teamleitung" },
};

/** The participant's confirmation: greeting, both days, and one calendar file per day in Zurich time. */
async function expectConfirmation(page: Page, person: { name: string; email: string }) {
  const text = await openLatestMail(page, person.email, /Anmeldung bestätigt/);
  expect(text).toContain(person.name.split(" ").pop()!);
  expect(text).toContain(`16.03.${YEAR}, 08:30`);
  expect(text).toContain(`17.03.${YEAR}, 08:30`);
  expect(text).toContain("Freundliche Grüsse");
  const files = await attachmentsOfOpenMail(page);
  expect(files.map((file) => file.filename)).toEqual(["kurstag-1.ics", "kurstag-2.ics"]);
  for (const [index, day] of ["16", "17"].entries()) {
    // Unfold continuation lines (RFC 5545) before looking at a property.
    const ics = files[index]!.content.replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain(`DTSTART;TZID=Europe/Zurich:${YEAR}03${day}T083000`);
    expect(ics).toContain(`DTEND;TZID=Europe/Zurich:${YEAR}03${day}T163000`);
    expect(ics).toContain(`SUMMARY:Kurs: ${TITLE}`);
    expect(ics).toContain("LOCATION:Thun\\, Schulungsraum 2");
    expect(ics).toMatch(new RegExp(`ATTENDEE;[^\\r\\n]*:mailto:${person.email.replace(/\./g, "\\.")}`));
  }
}

test("a proposal becomes a registered team: link, portal list and CSV import", async ({ page }) => {
  test.setTimeout(300_000);
  // The setup before the journey: the inquiry, as the public form would have stored it.
  const inquiry = await inquiryInE2eDatabase({
    organisationName: "Strassenverkehrsamt Thun",
    email: CONTACT,
    salutation: "MS",
    contactName: "Regula Aebi",
    courseSlug: "kundenkontakt-oeffentliche-verwaltung",
    format: "TWO_DAYS",
    participants: 3,
  });

  // The consultant drafts the concept from the course's two days and prices two days.
  await signInAsStaff(page);
  await page.goto(`/admin/anfragen/${inquiry.reference}/konzept`);
  await page.getByRole("button", { name: "Konzept erstellen" }).click();
  await expect(page.getByRole("heading", { name: /^Tag 2: 08:30–/ })).toBeVisible();
  await fillExactly(page.getByLabel("Titel des Kurses"), TITLE);
  await page
    .getByLabel("Ausgangslage, wie ich sie verstehe")
    .fill("Am Schalter der Fahrzeugzulassung häufen sich Vorwürfe; das Team möchte gelassener antworten.");
  await expect(page.getByLabel("Teilnehmende")).toHaveValue("3");
  await page.getByLabel("Tagesansatz in CHF").fill("2400");
  await page.getByLabel("Kurstage").fill("2");
  await page.getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Der Entwurf ist gespeichert." })).toBeVisible();

  // Sending shows the mail as the client will get it; only the confirmation sends it.
  await page.getByRole("button", { name: `Offerte an ${CONTACT} senden …` }).click();
  const preview = page.getByRole("region", { name: "So erhält die Kundschaft die Offerte" });
  await expect(preview).toContainText(`Ihre Offerte: ${TITLE}`);
  await expect(preview).toContainText(`Offerte-${inquiry.reference}-v1.pdf`);
  await expect(preview.getByTestId("mail-text")).toContainText("Guten Tag Frau Aebi");
  await expectNoAxeViolations(page);
  await preview.getByRole("button", { name: "Jetzt senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Version 1 der Offerte ist gesendet." })).toBeVisible();

  // The client contact opens the proposal mail and accepts in the portal.
  const proposalMail = await openLatestMail(page, CONTACT, new RegExp(`Ihre Offerte: ${TITLE}`));
  await expect(page.getByText(`Offerte-${inquiry.reference}-v1.pdf`)).toBeVisible();
  const portalUrl = firstLink(proposalMail, /http:\/\/localhost:\d+\/portal\/[A-Za-z0-9_-]{43}/);
  await page.goto(portalUrl);
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expectNoAxeViolations(page);
  const accept = page.getByRole("region", { name: "Offerte annehmen" });
  await accept.getByLabel("Ihr Name").fill("Regula Aebi");
  await accept.getByLabel("Ihre Funktion").fill("Leiterin Fahrzeugzulassung");
  await accept.getByRole("checkbox").check();
  await accept.getByRole("button", { name: "Offerte annehmen" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Angenommen am .* von Regula Aebi/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Offerte annehmen" })).toHaveCount(0);

  // The consultant dates the two days of the accepted proposal.
  await page.goto(`/admin/anfragen/${inquiry.reference}/konzept`);
  await page.getByLabel(/^Datum Tag 1/).fill(`${YEAR}-03-16`);
  await page.getByLabel(/^Datum Tag 2/).fill(`${YEAR}-03-17`);
  await page.getByRole("textbox", { name: "Kursort", exact: true }).fill("Thun, Schulungsraum 2");
  await page.getByRole("button", { name: "Kurstermine erfassen" }).click();
  await expect(page.getByRole("region", { name: "Kurstermine" }).getByRole("link", { name: /08:30–/ })).toHaveCount(2);

  // The client contact's dates mail names both days and carries the team's registration link.
  const datesMail = await openLatestMail(page, CONTACT, new RegExp(`Ihre Kurstermine: ${TITLE}`));
  expect(datesMail).toContain(`16.03.${YEAR}`);
  expect(datesMail).toContain(`17.03.${YEAR}`);
  expect(datesMail).toContain("Thun, Schulungsraum 2");
  const registrationUrl = firstLink(datesMail, /http:\/\/localhost:\d+\/anmeldung\/[A-Za-z0-9_-]{43}/);

  // 1. A team member registers through the link, once for both days.
  await page.goto(registrationUrl);
  await expect(page.getByText("Firmenkurs für Strassenverkehrsamt Thun")).toBeVisible();
  await expect(page.getByText("Noch 3 Plätze frei.")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectNoAxeViolations(page);
  // What the registration stores, and who sees it, is on the privacy page the form links to.
  await page.getByRole("link", { name: "Datenschutzerklärung" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Datenschutzerklärung" })).toBeVisible();
  await expect(page.getByText(/^Anmeldungen des Teams zu einem Firmenkurs \(über den Anmeldelink/)).toContainText(
    "E-Mail-Adresse und Funktion der Teilnehmenden sowie ihre freiwilligen Antworten",
  );
  await expect(page.getByText(/Anmeldungen des Teams zu einem Firmenkurs mit den Antworten/)).toContainText(
    "so lange wie die Kursanfrage",
  );
  await expectNoAxeViolations(page);
  await page.goBack();
  await page.waitForLoadState("networkidle");
  await page.getByRole("radio", { name: "Frau", exact: true }).check();
  await page.getByLabel("Vorname und Name").fill(PEOPLE.link.name);
  await page.getByLabel("E-Mail-Adresse").fill(PEOPLE.link.email);
  await page.getByLabel("Funktion").fill(PEOPLE.link.function);
  await page.getByLabel("Eine typische schwierige Situation aus Ihrer Arbeit").fill("Laute Vorwürfe am Schalter");
  await page.getByRole("button", { name: "Für alle 2 Kurstage anmelden" }).click();
  await expect(page.getByRole("heading", { name: "Sie sind angemeldet" })).toBeVisible();
  await expect(page.getByText("Noch 2 Plätze frei.")).toBeVisible();
  await expectNoAxeViolations(page);

  // 2. The client contact pastes a line from Excel in the portal.
  await page.goto(portalUrl);
  const team = page.getByRole("region", { name: /Angemeldete Teilnehmende \(1\)/ });
  const list = team.getByLabel(/Liste aus Excel einfügen/);
  await expect(async () => {
    await list.fill(`${PEOPLE.portal.name}\t${PEOPLE.portal.email}\t${PEOPLE.portal.function}`);
    await expect(team.getByRole("button", { name: "1 Person anmelden" })).toBeEnabled({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expectNoAxeViolations(page);
  await team.getByRole("button", { name: "1 Person anmelden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 Person angemeldet." })).toBeVisible();

  // 3. The consultant imports a CSV file (UTF-8 with BOM, semicolons) after its preview.
  await page.goto(`/admin/anfragen/${inquiry.reference}`);
  await page.getByRole("link", { name: "Teilnehmende verwalten und importieren" }).click();
  await expect(page.getByText("2 von 3 Plätzen besetzt · Warteliste: 0")).toBeVisible();
  const csv = [
    "\uFEFFAnrede;Vorname;Nachname;E-Mail;Funktion",
    `Frau;Carla;Frei;${PEOPLE.csv.email};${PEOPLE.csv.function}`,
    `Herr;Jörg;Bär;${PEOPLE.portal.email};${PEOPLE.portal.function}`,
  ].join("\r\n");
  const previewTable = page.getByRole("table", { name: "Vorschau des Imports" });
  await expect(async () => {
    await page
      .getByLabel(/CSV-Datei/)
      .setInputFiles({ name: "team.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await expect(previewTable).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await expect(previewTable.getByRole("row").filter({ hasText: PEOPLE.csv.name })).toContainText("Neu");
  await expect(previewTable.getByRole("row").filter({ hasText: PEOPLE.portal.name })).toContainText("Schon angemeldet");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "1 Person importieren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 Person angemeldet." })).toBeVisible();
  await expect(page.getByText("3 von 3 Plätzen besetzt · Warteliste: 0")).toBeVisible();

  // The portal shows the dates, each with its calendar file, and the whole team.
  await page.goto(portalUrl);
  const stand = page.getByRole("list", { name: /Stand Ihres Auftrags/ });
  await expect(stand.locator('[aria-current="step"]')).toHaveText(/Termine festgelegt/);
  const dates = page.getByRole("region", { name: "Kurstermine" });
  await expect(dates).toContainText(`16.03.${YEAR}`);
  await expect(dates).toContainText(`17.03.${YEAR}`);
  const dayLinks = dates.getByRole("link", { name: /Kalendereintrag .* \(\.ics\)/ });
  await expect(dayLinks).toHaveCount(2);
  const firstDay = await page.request.get((await dayLinks.first().getAttribute("href"))!);
  expect(await firstDay.text()).toContain(`DTSTART;TZID=Europe/Zurich:${YEAR}0316T083000`);
  const everyone = page.getByRole("region", { name: "Angemeldete Teilnehmende", exact: true });
  for (const person of Object.values(PEOPLE)) {
    await expect(
      everyone.getByRole("row", { name: new RegExp(`${person.name} ${person.function} angemeldet`) }),
    ).toBeVisible();
  }
  await expect(page.getByRole("region", { name: /Angemeldete Teilnehmende \(3\)/ })).toBeVisible();
  // The client contact sees names and functions, not the team's addresses.
  await expect(page.getByText(PEOPLE.link.email)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshots(page, "portal-auftrag");

  // Each of the three got a confirmation with one calendar file per day.
  for (const person of Object.values(PEOPLE)) {
    await test.step(`confirmation for ${person.name}`, () => expectConfirmation(page, person));
  }
});
