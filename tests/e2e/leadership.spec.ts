import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./support/axe";
import { signInAsStaff } from "./support/staff";

// Where the journey's screenshots go for a look (not committed); unset, none are taken.
const SHOTS = process.env.E2E_SCREENSHOT_DIR;

test("a leadership inquiry takes its own path from Führungskultur and stands apart in the admin list", async ({
  page,
}) => {
  await page.goto("/fuehrungskultur");
  await page.getByRole("link", { name: "Führungsarbeit anfragen" }).click();
  await expect(page).toHaveURL(/\/fuehrungskultur\/anfrage$/);
  await expect(page.getByRole("heading", { level: 1, name: "Führungsarbeit anfragen" })).toBeVisible();
  // Its own questions, not the course form's.
  await expect(page.getByRole("textbox", { name: /^Grösse des Teams/ })).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Was soll sich verändern\?/ })).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Wer nimmt teil\?/ })).toBeVisible();
  await expect(page.getByText("Schwierige Situationen im Kundenkontakt")).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: /^Kurs aus dem Angebot/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Anfrage senden" }).click();
  const summary = page.getByRole("main").getByRole("alert");
  await expect(summary.getByRole("heading", { level: 2 })).toHaveText("Bitte korrigieren Sie 7 Angaben");
  await expect(page.locator("[data-error-summary]:not([hidden])")).toBeFocused();
  await summary.getByRole("link", { name: "Bitte geben Sie an, wer teilnimmt." }).click();
  await expect(page.getByRole("textbox", { name: /^Wer nimmt teil\?/ })).toBeFocused();
  await expectNoAxeViolations(page);
  if (SHOTS) {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/fuehrungskultur-anfrage-fehler-${width}.png`, fullPage: true });
    }
  }

  const organisation = `Kirchgemeinde Spiez ${Date.now()}`;
  await page.getByRole("textbox", { name: /^Name der Organisation/ }).fill(organisation);
  await page.getByRole("combobox", { name: /^Art der Organisation/ }).selectOption({ index: 1 });
  await page.getByRole("textbox", { name: /^Grösse des Teams/ }).fill("14");
  await page.getByRole("radio", { name: "Frau" }).check();
  await page.getByRole("textbox", { name: /^Vorname und Name/ }).fill("Anna von Allmen");
  await page.getByRole("textbox", { name: /^E-Mail-Adresse/ }).fill(`anna.${Date.now()}@kirche.example`);
  await page
    .getByRole("textbox", { name: /^Was soll sich verändern\?/ })
    .fill("Wir möchten Konflikte im Team früher und offener ansprechen.");
  await page.getByRole("textbox", { name: /^Wer nimmt teil\?/ }).fill("Kirchgemeinderat und Sekretariat");
  await page.getByLabel(/Datenschutzerklärung/).check();
  // Corrected fields lose their messages as they are typed; the summary waits for the next send.
  await expect(page.getByRole("textbox", { name: /^Wer nimmt teil\?/ })).toHaveAttribute("aria-invalid", "false");
  await page.getByRole("button", { name: "Anfrage senden" }).click();

  await expect(page).toHaveURL(/\/anfrage\/danke\?referenz=ANF-\d{4}-\d{4,}$/);
  const reference = (await page.getByTestId("inquiry-reference").innerText()).trim();

  await signInAsStaff(page);
  await page.goto("/admin/anfragen?art=fuehrungskultur");
  await expect(page.getByRole("combobox", { name: "Anliegen" })).toHaveValue("fuehrungskultur");
  const row = page.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("Führungskultur");
  await expect(row).toContainText(organisation);
  await page.goto("/admin/anfragen?art=kurs");
  await expect(page.getByRole("row").filter({ hasText: reference })).toHaveCount(0);

  await page.goto(`/admin/anfragen/${reference}`);
  await expect(page.getByText("Kirchgemeinderat und Sekretariat")).toBeVisible();
  await expect(page.getByText("Wir möchten Konflikte im Team früher und offener ansprechen.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The design speaks of leadership, from the inquiry's answers: no customer-contact course text.
  await page.goto(`/admin/anfragen/${reference}/konzept`);
  await page.getByRole("button", { name: "Konzept erstellen" }).click();
  await expect(page.getByLabel("Titel des Kurses")).toHaveValue(`Führungskultur für ${organisation}`);
  const situation = page.getByLabel(/^Ausgangslage, wie ich sie verstehe/);
  await expect(situation).toHaveValue(/Das Team umfasst 14 Personen\./);
  await expect(situation).toHaveValue(/Teilnehmen werden: Kirchgemeinderat und Sekretariat/);
  await expect(situation).not.toHaveValue(/Kundenkontakt/);
  // What should change is the client's own text: beside the field, for the consultant to reword.
  const words = page.getByRole("complementary", { name: "Aus der Anfrage" });
  await expect(words).toContainText("Wir möchten Konflikte im Team früher und offener ansprechen.");
  await expect(page.getByRole("heading", { name: /^Tag 1: / })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
