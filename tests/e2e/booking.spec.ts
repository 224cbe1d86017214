import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./support/axe";
import { firstLink, openLatestMail } from "./support/mailbox";
import { signInAsStaff } from "./support/staff";

const exact = { exact: true } as const;

function dateInDays(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60_000).toISOString().slice(0, 10);
}

async function bookSeat(page: Page, sessionId: string, name: string, email: string) {
  await page.goto(`/termine/${sessionId}`);
  const person = page.getByRole("group", { name: "Person 1" });
  await person.getByRole("textbox", { name: "Vorname und Name" }).fill(name);
  await person.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(email);
  await page.getByRole("textbox", { name: "Ihr Name", ...exact }).fill(name);
  await page.getByRole("textbox", { name: "Ihre E-Mail-Adresse", ...exact }).fill(email);
  await page.getByRole("textbox", { name: "Organisation", ...exact }).fill("Betreibungsamt Thun");
}

/** Opens the link of the newest matching mail and confirms there, as the mail asks (a POST from the page). */
async function confirmFromMail(page: Page, email: string, subject: RegExp, button: string): Promise<string> {
  const text = await openLatestMail(page, email, subject);
  await page.goto(firstLink(text, /http:\/\/localhost:\d+\/(buchung|termin)\/[A-Za-z0-9_-]+/));
  await page.getByRole("button", { name: button }).click();
  // Confirmed, the page shows the new state: the section asking for confirmation is gone.
  await expect(page.getByRole("heading", { name: button })).toHaveCount(0);
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toHaveCount(0);
  return text;
}

test("a visitor books a consultation call, downloads the calendar entry and cancels by link", async ({ page }) => {
  await page.goto("/erstgespraech");
  await expect(page.getByRole("heading", { level: 1, name: "Unverbindliches Erstgespräch" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Sending without a time names the missing field.
  await page.getByRole("radio", { name: "Frau" }).check();
  await page.getByLabel("Vorname und Name").fill("Zoë Müller-Brügger");
  await page.getByLabel("Organisation").fill("Strassenverkehrsamt Bern");
  await page.getByLabel("E-Mail-Adresse").fill("zoe.call@verwaltung.example");
  await page.getByLabel("Telefon").fill("031 123 45 67");
  await page.getByLabel("Worum geht es?").fill("Gespräche am Schalter, die eskalieren");
  await page.getByRole("button", { name: "Erstgespräch buchen" }).click();
  await expect(page.getByRole("group", { name: /Uhrzeit/ })).toContainText("Bitte wählen Sie einen freien Termin.");

  const time = page
    .getByRole("group", { name: /Uhrzeit/ })
    .getByRole("radio")
    .first();
  const label = (await time.locator("xpath=..").innerText()).trim();
  await time.check();
  await page.getByRole("button", { name: "Erstgespräch buchen" }).click();
  await expect(page.getByRole("heading", { name: "Ihr Termin ist reserviert" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(label.split("–")[0]!);
  await expect(page.getByRole("status")).toContainText("Bitte bestätigen Sie Ihre Buchung über den Link in der E-Mail");

  // The mail's link opens the page; only the click there confirms (mail scanners fetch links).
  const held = await openLatestMail(page, "zoe.call@verwaltung.example", /Bitte bestätigen Sie Ihr Erstgespräch/);
  expect(held).toContain("Guten Tag Frau Müller-Brügger");
  await page.goto(firstLink(held, /http:\/\/localhost:\d+\/termin\/[A-Za-z0-9_-]+/));
  await expect(page.getByRole("definition").filter({ hasText: "Reserviert, noch nicht bestätigt" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Erstgespräch bestätigen" }).click();
  await expect(page.getByRole("definition").filter({ hasText: /^Gebucht$/ })).toBeVisible();

  const text = await openLatestMail(page, "zoe.call@verwaltung.example", /Ihr Erstgespräch ist bestätigt/);
  expect(text).toContain(label.replace(" Uhr", ""));
  await page.goto(firstLink(text, /http:\/\/localhost:\d+\/termin\/[A-Za-z0-9_-]+/));
  await expect(page.getByRole("heading", { level: 1, name: "Ihr Erstgespräch" })).toBeVisible();
  await expectNoAxeViolations(page);

  const href = await page.getByRole("link", { name: /Kalendereintrag herunterladen/ }).getAttribute("href");
  const ics = await page.request.get(href!);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toMatch(/BEGIN:VTIMEZONE[\s\S]*DTSTART;TZID=Europe\/Zurich:/);

  await page.getByRole("button", { name: "Erstgespräch absagen" }).click();
  await page.getByRole("button", { name: "Ja, absagen" }).click();
  // The page shows the new state at once; the link can do nothing more.
  await expect(page.getByRole("definition").filter({ hasText: "Abgesagt" })).toBeVisible();
  await expect(page.getByText("Dieser Link ist nicht mehr gültig")).toBeVisible();
  await expect(page.getByRole("button", { name: "Erstgespräch absagen" })).toHaveCount(0);
  await openLatestMail(page, "zoe.call@verwaltung.example", /Ihr Erstgespräch ist abgesagt/);
});

test("a full session puts the next person on the waiting list; a cancellation by link promotes them", async ({
  page,
}) => {
  await signInAsStaff(page);
  await page.goto("/admin/termine/neu");
  await page.getByRole("textbox", { name: "Datum", ...exact }).fill(dateInDays(45));
  await page.getByRole("textbox", { name: "Kursort", ...exact }).fill("Thun, Rathaus");
  await page.getByRole("spinbutton", { name: "Plätze", ...exact }).fill("1");
  await page.getByRole("button", { name: "Termin erfassen" }).click();
  await expect(page).toHaveURL(/\/admin\/termine\/[0-9a-f-]{36}$/);
  const sessionId = page.url().split("/").pop()!;
  await expectNoAxeViolations(page);

  await page.goto("/termine");
  await expect(page.getByRole("heading", { level: 1, name: "Offene Kursdaten" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Thun, Rathaus" })).toContainText("Noch 1 Platz frei");
  await expectNoAxeViolations(page);

  await bookSeat(page, sessionId, "Anna Bärtschi", "anna.seat@amt.example");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Verbindlich buchen" }).click();
  await expect(page.getByRole("heading", { name: "Ihre Plätze sind reserviert" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Bitte bestätigen Sie Ihre Buchung über den Link in der E-Mail");
  await confirmFromMail(page, "anna.seat@amt.example", /Bitte bestätigen Sie Ihre Buchung/, "Buchung bestätigen");
  await expect(page.getByRole("definition").filter({ hasText: /^Bestätigt$/ })).toBeVisible();

  await bookSeat(page, sessionId, "Jürg Zürcher", "juerg.seat@amt.example");
  await expect(page.getByText("Ausgebucht, Warteliste möglich")).toBeVisible();
  await page.getByRole("button", { name: "Auf die Warteliste setzen" }).click();
  await expect(page.getByRole("heading", { name: "Sie stehen auf der Warteliste" })).toBeVisible();
  await expect(page.getByText("Position 1 der Warteliste")).toBeVisible();
  await confirmFromMail(page, "juerg.seat@amt.example", /Warteliste:/, "Buchung bestätigen");

  const confirmation = await openLatestMail(page, "anna.seat@amt.example", /Buchung bestätigt/);
  await page.goto(firstLink(confirmation, /http:\/\/localhost:\d+\/buchung\/[A-Za-z0-9_-]+/));
  await expect(page.getByRole("heading", { level: 1, name: "Ihre Buchung" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Buchung stornieren" }).click();
  await page.getByRole("button", { name: "Ja, stornieren" }).click();
  await expect(page.getByRole("definition").filter({ hasText: "Storniert" })).toBeVisible();

  const promoted = await openLatestMail(page, "juerg.seat@amt.example", /Sie haben einen Platz erhalten/);
  expect(promoted).toContain("von der Warteliste nachgerückt");
  await page.goto(firstLink(promoted, /http:\/\/localhost:\d+\/buchung\/[A-Za-z0-9_-]+/));
  await expect(page.getByRole("definition").filter({ hasText: "Bestätigt" })).toBeVisible();

  await page.goto(`/admin/termine/${sessionId}`);
  await expect(page.getByRole("row").filter({ hasText: "Jürg Zürcher" })).toContainText("Bestätigt");
  await expect(page.getByRole("row").filter({ hasText: "Anna Bärtschi" })).toContainText("Storniert");
  const csv = await page.request.get(`/api/admin/termine/${sessionId}/teilnehmende`);
  const bytes = Buffer.from(await csv.body());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain("Jürg Zürcher;juerg.seat@amt.example;Betreibungsamt Thun;Bestätigt");
});

test("more seats on a full session confirm the waiting list in order, and the public dates show the free seat", async ({
  page,
}) => {
  await signInAsStaff(page);
  await page.goto("/admin/termine/neu");
  await page.getByRole("textbox", { name: "Datum", ...exact }).fill(dateInDays(52));
  await page.getByRole("textbox", { name: "Kursort", ...exact }).fill("Spiez, Gemeindesaal");
  await page.getByRole("spinbutton", { name: "Plätze", ...exact }).fill("1");
  await page.getByRole("button", { name: "Termin erfassen" }).click();
  await expect(page).toHaveURL(/\/admin\/termine\/[0-9a-f-]{36}$/);
  const sessionId = page.url().split("/").pop()!;

  await bookSeat(page, sessionId, "Vreni Aebi", "vreni.capacity@amt.example");
  await page.getByRole("button", { name: "Verbindlich buchen" }).click();
  await expect(page.getByRole("heading", { name: "Ihre Plätze sind reserviert" })).toBeVisible();
  await bookSeat(page, sessionId, "Urs Gerber", "urs.capacity@amt.example");
  await page.getByRole("button", { name: "Auf die Warteliste setzen" }).click();
  await expect(page.getByText("Position 1 der Warteliste")).toBeVisible();
  await confirmFromMail(page, "urs.capacity@amt.example", /Warteliste:/, "Buchung bestätigen");
  // Vreni's seat stays held (not yet confirmed): the admin list says so.
  await page.goto(`/admin/termine/${sessionId}`);
  await expect(page.getByRole("row").filter({ hasText: "Vreni Aebi" })).toContainText("Reserviert, unbestätigt");

  await page.goto(`/admin/termine/${sessionId}`);
  const capacity = page.getByRole("spinbutton", { name: /^Plätze insgesamt/ });
  await expect(capacity).toHaveAccessibleDescription(/bereits belegt: 1/);
  await capacity.fill("0");
  await page.getByRole("button", { name: "Kapazität speichern" }).click();
  await expect(capacity).toHaveAccessibleDescription(/Mindestens 1 Platz\./);
  await capacity.fill("3");
  await page.getByRole("button", { name: "Kapazität speichern" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "eine Buchung von der Warteliste ist bestätigt" }),
  ).toBeVisible();
  await expect(page.getByText("2 von 3 Plätzen belegt")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Urs Gerber" })).toContainText("Bestätigt");
  await expectNoAxeViolations(page);
  // The consultant corrects one participant's name; the history says so.
  const rename = page.getByRole("form", { name: "Urs Gerber umbenennen" });
  await rename.getByRole("textbox", { name: "Neuer Name" }).fill("Urs Gerber-Aebi");
  await rename.getByRole("button", { name: "Umbenennen" }).click();
  await expect(page.getByRole("region", { name: "Verlauf der Buchungen" })).toContainText(
    "«Urs Gerber» umbenannt in «Urs Gerber-Aebi»",
  );

  const promoted = await openLatestMail(page, "urs.capacity@amt.example", /Sie haben einen Platz erhalten/);
  expect(promoted).toContain("von der Warteliste nachgerückt");
  await page.goto("/termine");
  await expect(page.getByRole("listitem").filter({ hasText: "Spiez, Gemeindesaal" })).toContainText(
    "Noch 1 Platz frei",
  );
});
