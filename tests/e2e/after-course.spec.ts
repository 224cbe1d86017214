// Issue 14's journey: a two-day in-house course (one participant absent on day 2) is over; the
// certificates state the attendance, reach the participants through the dev mailbox and the
// client through the portal; two participants give feedback, a consented quote goes public and
// is withdrawn again; the follow-up mail comes from the job on a faked clock and its answers land
// on the inquiry's timeline.
import { expect, test, type Locator, type Page } from "@playwright/test";

import { pdfPages, pdfText } from "../setup/pdf-text";
import { expectNoAxeViolations } from "./support/axe";
import { twoDayCourseInE2eDatabase } from "./support/engagement";
import { firstLink, openLatestMail } from "./support/mailbox";
import { screenshots } from "./support/screenshots";
import { signInAsStaff } from "./support/staff";

const YEAR = 2036;
const CONTACT = "kontakt.aarau@verwaltung.example";
const ANNA = `anna.${YEAR}@luzern.example`;
const BEAT = `beat.${YEAR}@luzern.example`;
const QUOTE = "Seit dem Kurs bleibe ich am Schalter ruhig, auch wenn es laut wird.";

function courseInE2eDatabase() {
  return twoDayCourseInE2eDatabase("Steueramt Aarau", YEAR, { email: CONTACT, recordAttendance: false });
}

/** Chooses until the page is hydrated and the choice is saved. */
async function markAttendance(page: Page, name: string, mark: "Anwesend" | "Abwesend") {
  const select = page.getByLabel(`Anwesenheit von ${name}`);
  const status = select.locator("xpath=following-sibling::span");
  await expect(async () => {
    await select.selectOption({ label: "Offen" });
    await select.selectOption({ label: mark });
    await expect(status).toHaveText("Gespeichert", { timeout: 1500 });
  }).toPass({ timeout: 20_000 });
}

async function runJobAt(page: Page, now: Date) {
  const response = await page.request.post("/dev/after-course", { data: { now: now.toISOString() } });
  expect(response.ok()).toBe(true);
  return (await response.json()) as { runs: number; followUps: number };
}

async function rate(group: Locator, value: string) {
  await group.getByLabel(value, { exact: true }).check();
}

test("after the course: certificates, feedback, a testimonial and the follow-up", async ({ page }) => {
  test.setTimeout(180_000);
  const { inquiry, token, snapshot, sessions, course } = await courseInE2eDatabase();
  await signInAsStaff(page);

  // Attendance per day: Anna both days, Beat only on day 1, Carla on neither.
  const marks = [
    ["Anwesend", "Anwesend", "Abwesend"],
    ["Anwesend", "Abwesend", "Abwesend"],
  ] as const;
  for (const [day, session] of sessions.entries()) {
    await page.goto(`/admin/termine/${session.id}`);
    for (const [index, name] of ["Anna Gfeller", "Beat Zürcher", "Carla Fehlend"].entries()) {
      await markAttendance(page, name, marks[day]![index]!);
    }
  }

  // The certificates, all in one file and one by one, from the session page's link.
  await page.goto(`/admin/termine/${sessions[1]!.id}`);
  const href = await page.getByRole("link", { name: "Kursbestätigungen (PDF)" }).getAttribute("href");
  const all = await page.request.get(href!);
  expect(all.headers()["content-type"]).toBe("application/pdf");
  const pages = await pdfPages(await all.body());
  expect(pages).toHaveLength(2);
  expect(pages[0]).toContain("Anna Gfeller");
  expect(pages[0]).toContain("an allen 2 Kurstagen am Kurs");
  expect(pages[1]).toContain("Beat Zürcher");
  expect(pages[1]).toContain("an 1 von 2 Tagen am Kurs");
  expect(pages[1]).toContain(snapshot.title);
  expect(pages.join("\n")).not.toContain("Carla Fehlend");
  const beatOnly = await pdfText(await (await page.request.get(`${href}?teilnehmer=2`)).body());
  expect(beatOnly).toContain("Beat Zürcher");
  expect(beatOnly).not.toContain("Anna Gfeller");

  // The day after: the job (on a faked clock) records the course and mails the certificates.
  expect(await runJobAt(page, new Date(`${YEAR}-03-12T20:00:00Z`))).toMatchObject({ runs: 1, followUps: 0 });
  const beatMail = await openLatestMail(page, BEAT, /Ihre Kursbestätigung/);
  expect(beatMail).toContain("Guten Tag Beat Zürcher");
  expect(beatMail).toContain("Sie haben an 1 von 2 Tagen teilgenommen");
  expect(beatMail).toContain("Freundliche Grüsse");
  await expect(page.getByText("Kursbestaetigung-Beat-Zurcher.pdf")).toBeVisible();
  await screenshots(page, "mail-kursbestaetigung");
  const beatFeedback = firstLink(beatMail, /http:\/\/localhost:\d+\/rueckmeldung\/[A-Za-z0-9_-]{43}/);
  const annaMail = await openLatestMail(page, ANNA, /Ihre Kursbestätigung/);
  expect(annaMail).toContain("an allen 2 Kurstagen");
  const annaFeedback = firstLink(annaMail, /http:\/\/localhost:\d+\/rueckmeldung\/[A-Za-z0-9_-]{43}/);

  // The client contact finds them in the portal.
  await page.goto(`/portal/${token}`);
  const certificates = page.getByRole("region", { name: "Kursbestätigungen" });
  await expect(certificates.getByText("Kursbestätigung Beat Zürcher")).toBeVisible();
  await expect(certificates).toContainText("(teilgenommen an 1 von 2 Tagen)");
  const portalHref = await certificates
    .getByRole("link", { name: "Alle 2 Kursbestätigungen als PDF" })
    .getAttribute("href");
  expect(await pdfPages(await (await page.request.get(portalHref!)).body())).toHaveLength(2);
  await expectNoAxeViolations(page);

  // Anna answers anonymously.
  await page.goto(annaFeedback);
  await expect(page.getByRole("heading", { level: 1, name: "Ihre Rückmeldung zum Kurs" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectNoAxeViolations(page);
  await screenshots(page, "rueckmeldung-formular");
  await rate(page.getByRole("group", { name: /insgesamt für meine Arbeit/ }), "5 – trifft voll zu");
  for (const goal of snapshot.goals) await rate(page.getByRole("group", { name: goal.title }), "4 – trifft eher zu");
  await page.getByLabel("Was hat Ihnen am meisten geholfen?").fill("Die Rollenspiele mit unseren eigenen Fällen.");
  await page.getByLabel(/Anonym antworten/).check();
  await page.getByRole("button", { name: "Rückmeldung senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Herzlichen Dank für Ihre Rückmeldung" })).toBeVisible();

  // Beat answers with a quote he allows to be published with his initials and office.
  await page.goto(beatFeedback);
  await page.waitForLoadState("networkidle");
  await rate(page.getByRole("group", { name: /insgesamt für meine Arbeit/ }), "4 – trifft eher zu");
  for (const goal of snapshot.goals) await rate(page.getByRole("group", { name: goal.title }), "5 – trifft voll zu");
  await page.getByLabel("Was würden Sie am Kurs ändern?").fill("Mehr Zeit für Telefonate.");
  await page.getByLabel("Ihr Zitat").fill(QUOTE);
  await page.getByRole("button", { name: "Rückmeldung senden" }).click();
  // Without consent nothing is stored: the summary at the top links to the field, where the message sits too.
  await expect(
    page
      .getByRole("alert")
      .getByRole("link", { name: /Bitte bestätigen Sie, dass das Zitat veröffentlicht werden darf/ }),
  ).toBeVisible();
  await expect(
    page.locator("p[id$='-fehler']").filter({ hasText: /dass das Zitat veröffentlicht werden darf/ }),
  ).toBeVisible();
  await expect(page.getByLabel("Ihr Zitat")).toHaveValue(QUOTE);
  await page.getByLabel("mit meinen Initialen und meinem Amt").check();
  await page.getByLabel("Ihr Amt").fill("Steueramt Aarau");
  await page.getByLabel(/Ich bin einverstanden/).check();
  await page.getByRole("button", { name: "Rückmeldung senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Herzlichen Dank für Ihre Rückmeldung" })).toBeVisible();
  // The link is used up.
  await page.goto(beatFeedback);
  await expect(page.getByRole("heading", { level: 1, name: "Rückmeldung bereits gegeben" })).toBeVisible();

  // The consultant's results: charts with their figures; the quote goes public in one step.
  await page.goto("/admin/rueckmeldungen");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: snapshot.title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: snapshot.title })).toBeVisible();
  const overall = page.getByRole("figure", { name: /Gesamteindruck/ });
  await expect(overall).toContainText("Durchschnitt 4.5 von 5 (2 Antworten)");
  await expect(overall.locator("svg desc")).toHaveText(
    "2 Antworten, Durchschnitt 4.5 von 5. Anzahl je Bewertung: 1: 0, 2: 0, 3: 0, 4: 1, 5: 1.",
  );
  await expect(page.getByText("Die Rollenspiele mit unseren eigenen Fällen.")).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshots(page, "rueckmeldung-auswertung");
  await expect(page.getByText(/Zustimmung von Beat Zürcher \(Steueramt Aarau\)/)).toBeVisible();
  await expect(async () => {
    await page.getByRole("button", { name: "Als Kundenstimme veröffentlichen" }).click({ timeout: 2000 });
    await expect(page.getByText("Auf der Website veröffentlicht.")).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });

  await page.goto("/kundenstimmen");
  await expect(page.getByText(QUOTE)).toBeVisible();
  await expect(page.getByText("B. Z.")).toBeVisible();

  // Beat withdraws his consent from the thank-you mail: the quote is gone at once.
  const thanks = await openLatestMail(page, BEAT, /Herzlichen Dank für Ihre Rückmeldung/);
  const withdraw = firstLink(thanks, /http:\/\/localhost:\d+\/rueckmeldung\/zurueckziehen\/[A-Za-z0-9_-]{43}/);
  await page.goto(withdraw);
  await page.waitForLoadState("networkidle");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Zustimmung zurückziehen" }).click();
  // The action's answer, or the page rendered anew after it, which then says so itself.
  await expect(page.getByText(/Ihre Zustimmung (ist|bereits) zurückgezogen/)).toBeVisible();
  await page.goto("/kundenstimmen");
  await expect(page.getByText(QUOTE)).toHaveCount(0);

  // FOLLOW_UP_WEEKS (6) after the last day the job sends the transfer check.
  const lastDayEnds = sessions[1]!.endsAt.getTime();
  expect((await runJobAt(page, new Date(lastDayEnds + 5 * 7 * 86_400_000))).followUps).toBe(0);
  expect((await runJobAt(page, new Date(lastDayEnds + 6 * 7 * 86_400_000 + 3_600_000))).followUps).toBe(1);
  const check = await openLatestMail(page, CONTACT, /Nachbereitung/);
  expect(check).toContain("Guten Tag Zoë Müller-Brügger");
  expect(check).toContain("Freundliche Grüsse");
  await page.goto(firstLink(check, /http:\/\/localhost:\d+\/nachbereitung\/[A-Za-z0-9_-]{43}/));
  await page.waitForLoadState("networkidle");
  await expectNoAxeViolations(page);
  await page.getByLabel(/Was hat sich in der täglichen Arbeit verändert/).fill("Wir bleiben bei Wartezeiten ruhiger.");
  await page.getByLabel(/Welche Situationen laufen noch schief/).fill("Telefonate mit aufgebrachten Kunden.");
  await page.getByLabel("Wir wünschen eine Folgeveranstaltung.").check();
  await page.getByLabel(/Was soll die Folgeveranstaltung behandeln/).fill("Ein halber Tag zum Telefon.");
  await page.getByRole("button", { name: "Antworten senden" }).click();
  const done = page.getByRole("status").filter({ hasText: /als Anfrage ANF-\d{4}-\d{4} eingegangen/ });
  await expect(done).toBeVisible();
  const newReference = /ANF-\d{4}-\d{4}/.exec((await done.textContent()) ?? "")![0];

  await page.goto(`/admin/anfragen/${inquiry.reference}`);
  await expect(page.getByText("Nachbereitung beantwortet")).toBeVisible();
  await expect(page.getByText(/Was sich im Alltag verändert hat: Wir bleiben bei Wartezeiten ruhiger\./)).toBeVisible();
  await expect(page.getByText(new RegExp(`neue Anfrage ${newReference}`))).toBeVisible();
  await page.goto(`/admin/anfragen/${newReference}`);
  await expect(page.getByText(/Folgeveranstaltung zum Kurs/).first()).toBeVisible();
  expect(course.id).toBeTruthy();
});
