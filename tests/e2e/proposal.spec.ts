import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./support/axe";
import { inquiryInE2eDatabase } from "./support/engagement";
import { firstLink, openLatestMail } from "./support/mailbox";
import { fillExactly } from "./support/pages";
import { signInAsStaff } from "./support/staff";

const CLIENT_EMAIL = "zoe.konzept@verwaltung.example";

/** Library options carry their duration and why they are suggested; pick one by its start. */
async function selectByText(page: Page, label: string, text: RegExp) {
  const select = page.getByLabel(label);
  const value = await select.locator("option").filter({ hasText: text }).first().getAttribute("value");
  await select.selectOption(value!);
}

test("an inquiry becomes a tailored proposal that the client accepts in the portal", async ({ page }) => {
  const inquiry = await inquiryInE2eDatabase({
    organisationName: "Strassenverkehrsamt Bern",
    email: CLIENT_EMAIL,
    fieldSlug: "oeffentliche-verwaltung",
    challenges: ["ANGRY_CUSTOMERS", "NEGATIVE_DECISIONS"],
    goalSlugs: ["anspruchsvolle-gespraeche-souveraen-fuehren"],
    moduleSlugs: ["rolle-entscheid-uebermitteln", "aktiv-zuhoeren"],
    format: "ONE_DAY",
  });
  await signInAsStaff(page);
  await page.goto(`/admin/anfragen/${inquiry.reference}/konzept`);
  await expect(page.getByRole("heading", { level: 1, name: "Kurskonzept für Strassenverkehrsamt Bern" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Konzept erstellen" }).click();

  // Prefilled from the inquiry: its wished goal and modules, arranged into a day.
  const goal = page.getByRole("group", { name: "Ziel 1" });
  await expect(goal.getByLabel("Formulierung")).toHaveValue(/Anspruchsvolle Kundengespräche/);
  await expect(page.getByRole("heading", { name: /^Tag 1: 08:30–/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await fillExactly(page.getByLabel("Titel des Kurses"), "Souverän am Schalter");
  await goal.getByLabel("Formulierung").fill("Vorwürfe am Schalter gelassen und klar beantworten");
  await selectByText(page, "Ziel aus der Bibliothek", /^Wissen, wie Gespräche gut beendet/);
  await page.getByRole("button", { name: "Ziel hinzufügen" }).click();
  await expect(page.getByRole("group", { name: "Ziel 2" }).getByLabel("Formulierung")).toHaveValue(
    "Wissen, wie Gespräche gut beendet werden können",
  );
  await page.getByRole("button", { name: "Ziel 2 nach oben" }).click();
  await expect(page.getByRole("group", { name: "Ziel 1" }).getByLabel("Formulierung")).toHaveValue(
    "Wissen, wie Gespräche gut beendet werden können",
  );

  await selectByText(page, "Modul aus der Bibliothek", /^Argumentations-Aikido/);
  await page.getByRole("button", { name: "Modul hinzufügen" }).click();
  const aikido = page.getByRole("group", { name: /Argumentations-Aikido/ });
  await expect(aikido).toBeVisible();
  // A day that runs late is flagged at once, and the warning goes when it fits again.
  await aikido.getByLabel("Minuten").fill("480");
  await expect(page.getByRole("status").filter({ hasText: /Tag 1 endet um/ })).toBeVisible();
  await aikido.getByLabel("Minuten").fill("60");
  await expect(page.getByText(/Tag 1 endet um/)).toHaveCount(0);

  await page.getByLabel("Rollen im Team").fill("Beraten am Schalter, Entscheide zur Zulassung mitteilen.");
  await page.getByLabel("Tagesansatz in CHF").fill("2400");
  await page.getByLabel("Kurstage").fill("1");
  await page.getByLabel("Spesen in CHF").fill("150");
  await page.getByLabel("Kostenstelle").fill("KST 4711");
  // 2'550.00 net, VAT 8.1 % 206.55, total 2'756.55
  await expect(page.getByTestId("total")).toHaveText("CHF 2'756.55");

  await page.getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Der Entwurf ist gespeichert." })).toBeVisible();
  // Sending shows the mail as the client will get it first, and sends only once confirmed.
  await page.getByRole("button", { name: `Offerte an ${CLIENT_EMAIL} senden …` }).click();
  const mailPreview = page.getByRole("region", { name: "So erhält die Kundschaft die Offerte" });
  await expect(mailPreview).toContainText("Ihre Offerte: Souverän am Schalter");
  await expect(mailPreview).toContainText(`Offerte-${inquiry.reference}-v1.pdf`);
  await expect(mailPreview.getByTestId("mail-text")).toContainText("CHF 2'756.55");
  await expectNoAxeViolations(page);
  await mailPreview.getByRole("button", { name: "Jetzt senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Version 1 der Offerte ist gesendet." })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Version 1" })).toContainText("Gesendet, offen");
  await expect(page.getByText("Anfrage " + inquiry.reference + " · Offerte versandt")).toBeVisible();

  const first = await openLatestMail(page, CLIENT_EMAIL, /Ihre Offerte: Souverän am Schalter/);
  expect(first).toContain("CHF 2'756.55");
  expect(first).toContain("Die Offerte liegt dieser Mail als PDF bei.");
  await expect(page.getByText(`Offerte-${inquiry.reference}-v1.pdf`)).toBeVisible();
  const portalUrl = firstLink(first, /http:\/\/localhost:\d+\/portal\/[A-Za-z0-9_-]+/);

  // A later edit is a new draft; compared with version 1 it shows what changed; sent, it is version 2.
  await page.goto(`/admin/anfragen/${inquiry.reference}/konzept`);
  await fillExactly(page.getByLabel("Titel des Kurses"), "Souverän am Schalter und am Telefon");
  await page.getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Der Entwurf ist gespeichert." })).toBeVisible();
  await page.getByRole("button", { name: "Vergleichen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Version 1 und Entwurf im Vergleich" })).toBeVisible();
  await expect(page.getByRole("row", { name: /^Titel/ })).toContainText("Souverän am Schalter und am Telefon");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Zurück zum Konzept" }).click();
  await page.getByRole("button", { name: `Offerte an ${CLIENT_EMAIL} senden …` }).click();
  await page
    .getByRole("region", { name: "So erhält die Kundschaft die Offerte" })
    .getByRole("button", { name: "Jetzt senden" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Version 2 der Offerte ist gesendet." })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Version 1" })).toContainText("Ersetzt");
  await openLatestMail(page, CLIENT_EMAIL, /Überarbeitete Offerte: Souverän am Schalter und am Telefon \(Version 2\)/);

  // The link from the first mail shows the current version.
  await page.goto(portalUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Souverän am Schalter und am Telefon" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ziele" })).toBeVisible();
  await expect(page.getByText("Kostenstelle: KST 4711")).toBeVisible();
  await expectNoAxeViolations(page);

  const pdfHref = await page.getByRole("link", { name: "Offerte als PDF herunterladen" }).getAttribute("href");
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const accept = page.getByRole("region", { name: "Offerte annehmen" });
  await accept.getByRole("button", { name: "Offerte annehmen" }).click();
  // The summary at the top of the form names and links what is missing; the fields say it too.
  const missing = accept.getByRole("alert");
  await expect(missing.getByRole("heading", { level: 2 })).toHaveText(/^Bitte korrigieren Sie \d Angaben$/);
  await expect(missing.getByRole("link", { name: "Bitte geben Sie Ihren Namen an." })).toBeVisible();
  await expect(
    missing.getByRole("link", { name: "Bitte bestätigen Sie, dass Sie die Offerte annehmen." }),
  ).toBeVisible();
  await expect(accept.getByLabel("Ihr Name")).toHaveAccessibleDescription(/Bitte geben Sie Ihren Namen an\./);
  await accept.getByLabel("Ihr Name").fill("Zoë Müller-Brügger");
  await accept.getByLabel("Ihre Funktion").fill("Leiterin Fahrzeugzulassung");
  await accept.getByRole("checkbox").check();
  await accept.getByRole("button", { name: "Offerte annehmen" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Angenommen am .* von Zoë Müller-Brügger/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Offerte annehmen" })).toHaveCount(0);
  // Reopened later, the portal says what follows instead of inviting to accept.
  await page.goto(portalUrl);
  await expect(page.getByRole("heading", { name: "So geht es weiter" })).toBeVisible();
  await expect(page.getByText(/gültig bis/)).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Offerte annehmen" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const thanks = await openLatestMail(page, CLIENT_EMAIL, /Vielen Dank für Ihre Zusage/);
  expect(thanks).toContain("Herzlichen Dank für Ihr Vertrauen und Ihre Zusage.");
  expect(thanks).toContain(portalUrl);
  await expect(page.getByText(`Offerte-${inquiry.reference}-v2.pdf`)).toBeVisible();

  await openLatestMail(page, "markus@anliegen.example", /Offerte angenommen: Strassenverkehrsamt Bern/);
  await page.goto(`/admin/anfragen/${inquiry.reference}/konzept`);
  await expect(page.getByText("Anfrage " + inquiry.reference + " · Bestätigt")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Version 2" })).toContainText("Angenommen");
  await expect(page.getByRole("button", { name: /Offerte an .* senden/ })).toHaveCount(0);

  // The accepted agenda becomes the dated session of this in-house course.
  await page.getByLabel(/^Datum Tag 1/).fill(new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Kurstermine erfassen" }).click();
  const session = page.getByRole("region", { name: "Kurstermine" }).getByRole("link", { name: /08:30–/ });
  await expect(session).toBeVisible();
  await expectNoAxeViolations(page);
  await session.click();
  await expect(page.getByRole("heading", { level: 1, name: "Souverän am Schalter und am Telefon" })).toBeVisible();
  await expect(page.getByText(`für Strassenverkehrsamt Bern (${inquiry.reference})`)).toBeVisible();

  // The client contact hears of the dates and finds them on the engagement page (decision 0023).
  const datesMail = await openLatestMail(page, CLIENT_EMAIL, /Ihre Kurstermine: Souverän am Schalter und am Telefon/);
  const engagementUrl = firstLink(datesMail, /http:\/\/localhost:\d+\/portal\/[A-Za-z0-9_-]+/);
  await page.goto(engagementUrl);
  const stand = page.getByRole("list", { name: /Stand Ihres Auftrags/ });
  await expect(stand.locator('[aria-current="step"]')).toHaveText(/Termine festgelegt/);
  const dates = page.getByRole("region", { name: "Kurstermine" });
  const dayLink = dates.getByRole("link", { name: /Kalendereintrag .* \(\.ics\)/ });
  await expect(dayLink).toHaveCount(1);
  await expect(page.getByRole("region", { name: /Angemeldete Teilnehmende \(0\)/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Offerte Version 2 (PDF)" })).toBeVisible();
  await expectNoAxeViolations(page);
  const ics = await page.request.get((await dayLink.getAttribute("href"))!);
  expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await ics.text()).toContain("SUMMARY:Kurs: Souverän am Schalter und am Telefon");
  const feed = await page.request.get(
    (await dates.getByRole("link", { name: "Alle Termine im Kalender abonnieren" }).getAttribute("href"))!,
  );
  expect(await feed.text()).toContain("METHOD:PUBLISH");
});
