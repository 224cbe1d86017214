// A public course of two days is one run (decision 0037): the consultant enters both days at once,
// /termine shows one entry with both dates, a visitor books once and gets one confirmation that
// lists both days with a calendar entry for each.
import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./support/axe";
import { firstLink, openLatestMail } from "./support/mailbox";
import { screenshots } from "./support/screenshots";
import { signInAsStaff } from "./support/staff";

const exact = { exact: true } as const;

/** A date `days` from now as the date input wants it, and as the pages show it. */
function inDays(days: number) {
  const date = new Date(Date.now() + days * 24 * 60 * 60_000);
  const iso = date.toISOString().slice(0, 10);
  const [year, month, day] = iso.split("-");
  return { iso, shown: `${day}.${month}.${year}` };
}

test("the consultant creates a two-day public run; a visitor books it once for both days", async ({ page }) => {
  const first = inDays(61);
  const second = inDays(68);
  await signInAsStaff(page);
  await page.goto("/admin/termine/neu");
  await page.getByRole("textbox", { name: "Titel (freiwillig)", ...exact }).fill("Zweitägiger Kurs in Biel");
  await page.getByRole("textbox", { name: "Datum", ...exact }).fill(first.iso);
  // The form's times (09:00-17:00) carry over to the day added.
  await page.getByRole("button", { name: "Weiteren Kurstag hinzufügen" }).click();
  const dayTwo = page.getByRole("group", { name: "Kurstag 2" });
  // The same date twice is refused at day 2's date, in German.
  await dayTwo.getByRole("textbox", { name: "Datum" }).fill(first.iso);
  await page.getByRole("textbox", { name: "Kursort", ...exact }).fill("Biel, Kongresshaus");
  await page.getByRole("spinbutton", { name: "Plätze", ...exact }).fill("6");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Termin erfassen" }).click();
  await expect(dayTwo.getByRole("textbox", { name: "Datum" })).toHaveAccessibleDescription(
    /überschneidet sich mit Kurstag 1/,
  );
  await dayTwo.getByRole("textbox", { name: "Datum" }).fill(second.iso);
  await page.getByRole("button", { name: "Termin erfassen" }).click();
  await expect(page).toHaveURL(/\/admin\/termine\/[0-9a-f-]{36}$/);
  const sessionId = page.url().split("/").pop()!;
  await expect(page.getByText(`Kurstag 2: `).first()).toContainText(second.shown);
  await expectNoAxeViolations(page);

  // The admin list has one entry for the run, its second day under the first.
  await page.goto("/admin/termine");
  const adminRow = page.getByRole("row").filter({ hasText: "Zweitägiger Kurs in Biel" });
  await expect(adminRow).toHaveCount(1);
  await expect(adminRow).toContainText(first.shown);
  await expect(adminRow).toContainText(`Kurstag 2: ${second.shown}, 09:00`);
  await expectNoAxeViolations(page);

  // /termine: one entry with both dates.
  await page.goto("/termine");
  const entry = page.getByRole("main").getByRole("listitem").filter({ hasText: "Zweitägiger Kurs in Biel" }).first();
  await expect(page.getByRole("heading", { level: 2, name: "Zweitägiger Kurs in Biel" })).toHaveCount(1);
  await expect(entry).toContainText("2 Kurstage, eine Buchung für alle Tage");
  await expect(entry).toContainText(`Kurstag 1: `);
  await expect(entry).toContainText(first.shown);
  await expect(entry).toContainText(second.shown);
  await expectNoAxeViolations(page);
  await entry.scrollIntoViewIfNeeded();
  await screenshots(page, "public-run-termine");

  // A visitor books once, for both days.
  await page.goto(`/termine/${sessionId}`);
  await expect(page.getByRole("definition").filter({ hasText: "Eine Buchung gilt für alle Tage." })).toContainText(
    second.shown,
  );
  const person = page.getByRole("group", { name: "Person 1" });
  await person.getByRole("textbox", { name: "Vorname und Name" }).fill("Rahel Schüpbach");
  await person.getByRole("textbox", { name: "E-Mail-Adresse" }).fill("rahel.run@amt.example");
  await page.getByRole("textbox", { name: "Ihr Name", ...exact }).fill("Rahel Schüpbach");
  await page.getByRole("textbox", { name: "Ihre E-Mail-Adresse", ...exact }).fill("rahel.run@amt.example");
  await page.getByRole("textbox", { name: "Organisation", ...exact }).fill("Einwohnerdienste Biel");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Verbindlich buchen" }).click();
  await expect(page.getByRole("heading", { name: "Ihre Plätze sind reserviert" })).toBeVisible();

  const held = await openLatestMail(page, "rahel.run@amt.example", /Bitte bestätigen Sie Ihre Buchung/);
  expect(held).toContain(`Kurstag 2: `);
  await page.goto(firstLink(held, /http:\/\/localhost:\d+\/buchung\/[A-Za-z0-9_-]+/));
  await page.getByRole("button", { name: "Buchung bestätigen" }).click();
  await expect(page.getByRole("heading", { name: "Buchung bestätigen" })).toHaveCount(0);

  const confirmation = await openLatestMail(page, "rahel.run@amt.example", /Buchung bestätigt/);
  expect(confirmation).toMatch(new RegExp(`Kurstag 1: \\w+, ${first.shown.replace(/\./g, "\\.")}, 09:00–17:00 Uhr`));
  expect(confirmation).toMatch(new RegExp(`Kurstag 2: \\w+, ${second.shown.replace(/\./g, "\\.")}, 09:00–17:00 Uhr`));
  await expect(page.getByRole("definition").filter({ hasText: "kurstag-1.ics, kurstag-2.ics" })).toBeVisible();

  // One booking holds one seat on the run.
  await page.goto(`/admin/termine/${sessionId}`);
  await expect(page.getByText("1 von 6 Plätzen belegt")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Rahel Schüpbach" })).toHaveCount(1);
});
