import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./support/axe";

test("the home page greets visitors in Swiss German with content from the database", async ({ page }) => {
  await page.goto("/");

  await expect(page.locator("html")).toHaveAttribute("lang", "de-CH");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Auf die Anliegen der Kunden eingehen und eine optimale Vertrauensbasis schaffen",
  );
  // Seeded fields of activity, a featured course and the consented testimonial.
  await expect(page.getByRole("heading", { name: "Öffentliche Verwaltung" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Professionell und gelassen am Telefon" })).toBeVisible();
  await expect(page.getByText("C.M., Amt in der Bundesverwaltung", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Kurs anfragen" }).first()).toHaveAttribute("href", "/anfrage");
  expect(await page.content()).not.toContain("\u00df");

  await expectNoAxeViolations(page);
});

test("the skip link moves keyboard users straight to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#inhalt$/);
});

test("an unknown address gets the German 404 page that leads back to the catalogue", async ({ page }) => {
  const response = await page.goto("/gibt-es-nicht");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diese Seite gibt es nicht");
  await expect(page.getByRole("link", { name: "Zum Kursangebot" })).toHaveAttribute("href", "/kurse");
  await expectNoAxeViolations(page);
});
