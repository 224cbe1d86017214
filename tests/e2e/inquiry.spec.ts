import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./support/axe";
import { firstLink, openLatestMail } from "./support/mailbox";

const COURSE = "Souverän im Kundenkontakt der öffentlichen Verwaltung";
const CONSULTANT = "markus@anliegen.example";

test("a team lead asks for a course from its page, sees the reference number and both mails go out", async ({
  page,
}) => {
  await page.goto("/kurse/kundenkontakt-oeffentliche-verwaltung");
  await page.getByRole("main").getByRole("link", { name: "Kurs anfragen" }).first().click();
  await expect(page).toHaveURL(/\/anfrage\?kurs=kundenkontakt-oeffentliche-verwaltung$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kurs anfragen" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: /^Kurs aus dem Angebot/ })).toHaveValue(
    "kundenkontakt-oeffentliche-verwaltung",
  );
  await expect(page.getByText(`Sie fragen den Kurs «${COURSE}» an.`)).toBeVisible();
  await expectNoAxeViolations(page);

  // The message's limit shows before sending, with a live count.
  await expect(page.getByRole("textbox", { name: /^Nachricht/ })).toHaveAccessibleDescription(
    /Höchstens 4'000 Zeichen\./,
  );
  await expect(page.getByTestId("message-zaehler")).toHaveText("Noch 4'000 Zeichen möglich");

  // Sending too early: the summary at the top takes the focus, counts and links what is missing, and
  // each message also stands at its field, in German.
  await page.getByRole("button", { name: "Anfrage senden" }).click();
  const summary = page.getByRole("main").getByRole("alert");
  await expect(summary.getByRole("heading", { level: 2 })).toHaveText("Bitte korrigieren Sie 5 Angaben");
  await expect(page.locator("[data-error-summary]:not([hidden])")).toBeFocused();
  await expect(page.getByRole("textbox", { name: /^Name der Organisation/ })).toHaveAccessibleDescription(
    /Bitte geben Sie den Namen Ihrer Organisation an\./,
  );
  await summary.getByRole("link", { name: "Bitte geben Sie Ihre E-Mail-Adresse an." }).click();
  await expect(page.getByRole("textbox", { name: /^E-Mail-Adresse/ })).toBeFocused();
  await expectNoAxeViolations(page);

  const email = `zoe.${Date.now()}@verwaltung.example`;
  await page.getByRole("textbox", { name: /^Name der Organisation/ }).fill("Strassenverkehrsamt Bern");
  await page.getByRole("combobox", { name: /^Art der Organisation/ }).selectOption({ label: "Kantonales Amt" });
  await page.getByRole("textbox", { name: /^Abteilung oder Team/ }).fill("Schalter Fahrzeugzulassung");
  await page.getByRole("combobox", { name: /^Tätigkeitsfeld/ }).selectOption({ index: 1 });
  await page.getByRole("textbox", { name: /^Anzahl Teilnehmende/ }).fill("12");
  await expect(page.getByRole("radio", { name: "Ohne Anrede" })).toBeChecked();
  await page.getByRole("radio", { name: "Frau" }).check();
  await page.getByRole("textbox", { name: /^Vorname und Name/ }).fill("Zoë Müller-Brügger");
  await page.getByRole("textbox", { name: /^E-Mail-Adresse/ }).fill(email);
  await page.getByRole("textbox", { name: /^Telefon/ }).fill("+41 31 123 45 67");
  await page.getByLabel("Verärgerte Kundinnen und Kunden, Vorwürfe").check();
  await page.getByLabel("«Zwangskunden», die nicht freiwillig kommen").check();
  await page.getByRole("textbox", { name: /^Weitere Situationen/ }).fill("Lange Wartezeiten am Schalter");
  await page.getByRole("combobox", { name: /^Format/ }).selectOption({ label: "2 Tage" });
  await page.getByRole("textbox", { name: /^Gewünschter Zeitraum/ }).fill("Frühling 2027");
  await page.getByRole("combobox", { name: /^Kursort \(/ }).selectOption({ label: "Bei uns vor Ort" });
  await page.getByRole("textbox", { name: /^Nachricht/ }).fill("Bitte rufen Sie mich am Vormittag an.");
  await page.getByLabel(/Datenschutzerklärung/).check();
  await page.getByRole("button", { name: "Anfrage senden" }).click();

  await expect(page).toHaveURL(/\/anfrage\/danke\?referenz=ANF-\d{4}-\d{4,}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Vielen Dank für Ihre Anfrage" })).toBeVisible();
  const reference = (await page.getByTestId("inquiry-reference").innerText()).trim();
  expect(reference).toMatch(/^ANF-\d{4}-\d{4,}$/);
  await expect(page.getByText(/melde mich bis \S+, \d{1,2}\. \S+( \d{4})? bei Ihnen/)).toBeVisible();
  await expectNoAxeViolations(page);

  const confirmation = await openLatestMail(page, email, new RegExp(`Ihre Anfrage ${reference} ist eingegangen`));
  // Nobody has confirmed the address yet: nothing the visitor typed goes to it (decision 0018).
  for (const typed of ["Zoë", "Strassenverkehrsamt", "Lange Wartezeiten", "Vormittag", "Frühling 2027"]) {
    expect(confirmation).not.toContain(typed);
  }
  // The call link carries a token, not the reference; it prefills the call form with the contact details.
  const callLink = firstLink(confirmation, /http:\/\/localhost:\d+\/erstgespraech\?anfrage=[A-Za-z0-9_-]{43}/);
  expect(callLink).not.toContain(reference);
  await page.goto(callLink);
  await expect(page.getByText(`Das Gespräch wird Ihrer Anfrage ${reference} zugeordnet.`)).toBeVisible();
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(email);
  await expect(page.getByLabel("Vorname und Name")).toHaveValue("Zoë Müller-Brügger");
  await expect(page.getByRole("radio", { name: "Frau" })).toBeChecked();
  // The reference alone prefills nothing.
  await page.goto(`/erstgespraech?anfrage=${reference}`);
  await expect(page.getByText(/zugeordnet/)).toHaveCount(0);
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue("");

  const notification = await openLatestMail(
    page,
    CONSULTANT,
    new RegExp(`Neue Anfrage ${reference}: Strassenverkehrsamt Bern`),
  );
  expect(notification).toContain(email);
  expect(notification).toContain("+41 31 123 45 67");
  expect(notification).toContain("Bitte rufen Sie mich am Vormittag an.");
  expect(notification).toContain(COURSE);
  expect(notification).toContain("«Zwangskunden», die nicht freiwillig kommen");

  // The draft is gone once stored: a new inquiry starts empty.
  await page.goto("/anfrage");
  await expect(page.getByRole("textbox", { name: /^Name der Organisation/ })).toHaveValue("");
});

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("the inquiry form fits the screen and a typed draft survives a reload", async ({ page }) => {
    await page.goto("/anfrage");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);

    await page.getByRole("textbox", { name: /^Name der Organisation/ }).fill("Kirchgemeinde Köniz");
    await page
      .getByRole("group", { name: /^Schwierige Situationen/ })
      .getByLabel("Gespräche beenden")
      .check();
    await page.getByRole("textbox", { name: /^Vorname und Name/ }).focus(); // leaves the field, as a person would
    await page.reload();
    await expect(page.getByRole("textbox", { name: /^Name der Organisation/ })).toHaveValue("Kirchgemeinde Köniz");
    await expect(
      page.getByRole("group", { name: /^Schwierige Situationen/ }).getByLabel("Gespräche beenden"),
    ).toBeChecked();
  });
});
