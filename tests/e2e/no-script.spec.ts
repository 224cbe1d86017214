import { expect, test, type Page } from "@playwright/test";

import { openLatestMail } from "./support/mailbox";
import { signInAsStaff } from "./support/staff";

function dateInDays(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60_000).toISOString().slice(0, 10);
}

/** Nothing the visitor typed may appear in the address (proxy logs, browser history). */
function expectNoPersonalDataInAddress(page: Page, typed: string[]) {
  const address = decodeURIComponent(page.url());
  expect(new URL(page.url()).search).toBe("");
  for (const value of typed) expect(address).not.toContain(value);
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the call booking form posts to its server action, books the call and keeps personal data out of the address", async ({
    page,
  }) => {
    const typed = ["Nora Noscript", "nora.noscript@verwaltung.example", "031 555 66 77", "Strassenverkehrsamt Thun"];
    await page.goto("/erstgespraech");
    await page.getByLabel("Vorname und Name").fill(typed[0]!);
    await page.getByLabel("Organisation").fill(typed[3]!);
    await page.getByLabel("E-Mail-Adresse").fill(typed[1]!);
    await page.getByLabel("Telefon").fill(typed[2]!);

    // Without a time the post fails, and says why.
    await page.getByRole("button", { name: "Erstgespräch buchen" }).click();
    await expect(page.getByRole("alert")).toContainText("Bitte wählen Sie einen freien Termin.");
    expectNoPersonalDataInAddress(page, typed);

    await page.getByLabel("Vorname und Name").fill(typed[0]!);
    await page.getByLabel("Organisation").fill(typed[3]!);
    await page.getByLabel("E-Mail-Adresse").fill(typed[1]!);
    await page.getByLabel("Telefon").fill(typed[2]!);
    await page
      .getByRole("group", { name: /Uhrzeit/ })
      .getByRole("radio")
      .first()
      .check();
    await page.getByRole("button", { name: "Erstgespräch buchen" }).click();
    await expect(page.getByRole("heading", { name: "Ihr Termin ist reserviert" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText(
      "Bitte bestätigen Sie Ihre Buchung über den Link in der E-Mail",
    );
    expectNoPersonalDataInAddress(page, typed);
    await openLatestMail(page, typed[1]!, /Bitte bestätigen Sie Ihr Erstgespräch/);
  });

  test("the seat booking form posts and says that it needs JavaScript", async ({ browser, page }) => {
    // The consultant (with JavaScript) opens a date; the visitor's page has it off.
    const admin = await browser.newPage({ javaScriptEnabled: true });
    await signInAsStaff(admin);
    await admin.goto("/admin/termine/neu");
    await admin.getByRole("textbox", { name: "Datum", exact: true }).fill(dateInDays(60));
    await admin.getByRole("textbox", { name: "Kursort", exact: true }).fill("Biel, Volkshaus");
    await admin.getByRole("spinbutton", { name: "Plätze", exact: true }).fill("5");
    await admin.getByRole("button", { name: "Termin erfassen" }).click();
    await expect(admin).toHaveURL(/\/admin\/termine\/[0-9a-f-]{36}$/);
    const sessionId = admin.url().split("/").pop()!;
    await admin.close();

    await page.goto(`/termine/${sessionId}`);
    await expect(page.getByRole("group", { name: "Person 1" })).toBeVisible();
    // A browser with scripting off shows this notice; Playwright's switch leaves the parser's
    // scripting flag on, so the notice is checked in the page's markup.
    expect(await page.content()).toMatch(/<noscript>[^]*Dieses Formular braucht JavaScript\.[^]*<\/noscript>/);
    const typed = ["Sepp Skriptlos", "sepp.skriptlos@amt.example"];
    const person = page.getByRole("group", { name: "Person 1" });
    await person.getByRole("textbox", { name: "Vorname und Name" }).fill(typed[0]!);
    await person.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(typed[1]!);
    await page.getByRole("button", { name: "Verbindlich buchen" }).click();
    await page.waitForLoadState();
    expectNoPersonalDataInAddress(page, typed);
  });
});
