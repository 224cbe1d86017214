import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./support/axe";
import { collectBrowserErrors, sitemapPaths } from "./support/pages";

test("a visitor goes from the home page through the filtered catalogue to a course and its inquiry", async ({
  page,
}) => {
  const errors = collectBrowserErrors(page);
  await page.goto("/");
  await page.getByRole("link", { name: "Kurse ansehen" }).click();

  await expect(page).toHaveURL(/\/kurse$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kurse" })).toBeVisible();
  const status = page.getByRole("status");
  await expect(status).toHaveText("3 Kurse gefunden");

  await page.getByLabel("Tätigkeitsfeld", { exact: true }).selectOption({ label: "Kirchen und Kirchgemeinden" });
  await expect(page).toHaveURL(/\/kurse\?feld=kirchgemeinden$/);
  await expect(status).toHaveText("2 Kurse gefunden");
  await page.getByLabel("Format").selectOption({ label: "Halbtag" });
  await expect(page).toHaveURL(/\/kurse\?feld=kirchgemeinden&format=halbtag$/);
  await page.getByRole("searchbox", { name: "Suchen" }).fill("Stimme");
  await expect(status).toHaveText("1 Kurs gefunden");
  await expect(page).toHaveURL(/\?feld=kirchgemeinden&format=halbtag&suche=Stimme$/);

  await page.getByRole("link", { name: "Professionell und gelassen am Telefon" }).click();
  await expect(page).toHaveURL(/\/kurse\/professionell-telefonieren$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Professionell und gelassen am Telefon");
  for (const heading of ["Ziele", "Inhalte", "Typischer Ablauf", "Eckdaten", "Aus der Praxis"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("5 bis 12 Personen")).toBeVisible();
  // The course's own calls to action carry it along; only the site header's general one does not.
  const inquiryTargets = await page
    .getByRole("main")
    .getByRole("link", { name: "Kurs anfragen" })
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(inquiryTargets.length).toBeGreaterThanOrEqual(2);
  expect(new Set(inquiryTargets)).toEqual(new Set(["/anfrage?kurs=professionell-telefonieren"]));
  await page.getByRole("main").getByRole("link", { name: "Kurs anfragen" }).first().click();
  await expect(page).toHaveURL(/\/anfrage\?kurs=professionell-telefonieren$/);
  expect(errors).toEqual([]);
});

test("a shared filtered address opens the catalogue as it was shared", async ({ page }) => {
  await page.goto("/kurse?format=zwei-tage");
  await expect(page.getByLabel("Format")).toHaveValue("TWO_DAYS");
  await expect(page.getByRole("status")).toHaveText("1 Kurs gefunden");
  await expect(page.getByRole("link", { name: "Souverän im Kundenkontakt der öffentlichen Verwaltung" })).toBeVisible();
});

test("a field of activity has its own page with the consultant's text, its courses and stories", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Kirchen und Kirchgemeinden", exact: true }).click();
  await expect(page).toHaveURL(/\/taetigkeitsfelder\/kirchgemeinden$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kirchen und Kirchgemeinden");
  await expect(
    page.getByRole("heading", { level: 2, name: "Wie eine Kirchgemeinde auf Kunden eingeht..." }),
  ).toBeVisible();
  await expect(page.getByText(/am Ufer des Sees in der Nähe gefeiert wird/)).toBeVisible();
  await page.getByRole("link", { name: "Professionell und gelassen am Telefon" }).click();
  await expect(page).toHaveURL(/\/kurse\/professionell-telefonieren$/);
  await expectNoAxeViolations(page);
});

test("the catalogue can be filtered by keyboard alone", async ({ page }) => {
  await page.goto("/kurse");
  const search = page.getByRole("searchbox", { name: "Suchen" });
  // Tab from the top of the page until the search field has focus, as a keyboard user would.
  for (
    let presses = 0;
    presses < 30 && !(await search.evaluate((element) => element === document.activeElement));
    presses++
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(search).toBeFocused();
  await page.keyboard.type("Sanktionen");
  await expect(page.getByRole("status")).toHaveText("1 Kurs gefunden");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Tätigkeitsfeld", { exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Format")).toBeFocused();
  await page.keyboard.press("Tab");
  const reset = page.getByRole("button", { name: "Filter zurücksetzen" });
  await expect(reset).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("3 Kurse gefunden");
  await expect(page).toHaveURL(/\/kurse$/);
});

test("every public page passes axe, has one h1, a title and a canonical address, and no sharp s", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const paths = await sitemapPaths(request);
  expect(paths).toEqual(
    expect.arrayContaining(["/", "/kurse", "/inhalte", "/geschichten", "/kundenstimmen", "/fuehrungskultur"]),
  );
  expect(paths.filter((path) => path.startsWith("/kurse/"))).toHaveLength(3);
  expect(paths.filter((path) => path.startsWith("/inhalte/"))).toHaveLength(15);
  expect(paths).toEqual(expect.arrayContaining(["/ueber-mich", "/kontakt", "/impressum", "/datenschutz"]));

  const errors = collectBrowserErrors(page);
  for (const path of [...paths, "/kurse?feld=oeffentliche-verwaltung"]) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("main")).toBeVisible();
      expect(await page.title()).toMatch(/Anliegen/);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
      expect(new URL(canonical!).pathname).toBe(path.split("?")[0]);
      expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy();
      expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBeTruthy();
      expect(await page.content()).not.toContain("\u00df");
      await expectNoAxeViolations(page);
    });
  }
  expect(errors).toEqual([]);
});

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("every public page fits the screen and the menu works by keyboard", async ({ page, request }) => {
    test.setTimeout(240_000);
    for (const path of await sitemapPaths(request)) {
      await test.step(path, async () => {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `horizontal scrolling on ${path}`).toBeLessThanOrEqual(0);
      });
    }

    await page.goto("/kurse/kundenkontakt-oeffentliche-verwaltung");
    await expectNoAxeViolations(page);
    const menu = page.getByRole("button", { name: "Menü" });
    const navigation = page.getByRole("navigation", { name: "Hauptnavigation" });
    await expect(navigation.getByRole("link", { name: "Geschichten" })).toBeHidden();
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(navigation.getByRole("link", { name: "Geschichten" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();

    await menu.click();
    await navigation.getByRole("link", { name: "Inhalte und Themen" }).click();
    await expect(page).toHaveURL(/\/inhalte$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");

    // The open dates are in the phone menu too, not only in the footer.
    await menu.click();
    await navigation.getByRole("link", { name: "Offene Kursdaten" }).click();
    await expect(page).toHaveURL(/\/termine$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Offene Kursdaten");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });
});

test("the open dates are one click away in the header's main navigation", async ({ page }) => {
  await page.goto("/");
  const navigation = page.getByRole("banner").getByRole("navigation", { name: "Hauptnavigation" });
  await navigation.getByRole("link", { name: "Offene Kursdaten" }).click();
  await expect(page).toHaveURL(/\/termine$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Offene Kursdaten");
  await expect(navigation.getByRole("link", { name: "Offene Kursdaten" })).toHaveAttribute("aria-current", "page");
  // Seven links, the logo and the button still fit the desktop header without scrolling sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("unknown courses, modules and pages get the German 404 that leads to the catalogue", async ({ page }) => {
  for (const path of ["/kurse/gibt-es-nicht", "/inhalte/gibt-es-nicht", "/geschichten/gibt-es-nicht", "/de/kurse"]) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diese Seite gibt es nicht");
      await expect(page.getByRole("link", { name: "Zum Kursangebot" })).toHaveAttribute("href", "/kurse");
    });
  }
  await expectNoAxeViolations(page);
});

test("a module is linkable in the library and on a page of its own, with the courses that use it", async ({ page }) => {
  await page.goto("/inhalte#argumentations-aikido");
  await expect(page.locator("#argumentations-aikido")).toBeInViewport();
  await page.getByRole("link", { name: "Argumentations-Aikido" }).click();
  await expect(page).toHaveURL(/\/inhalte\/argumentations-aikido$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Argumentations-Aikido");
  await expect(page.getByRole("link", { name: "Schwierige Kundensituationen gelassen meistern" })).toHaveAttribute(
    "href",
    "/kurse/schwierige-situationen-gelassen-meistern",
  );
});

test("the course page prints without navigation and buttons but with its content", async ({ page }) => {
  await page.goto("/kurse/kundenkontakt-oeffentliche-verwaltung");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Seite drucken" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: "Typischer Ablauf" })).toBeVisible();
  await expect(page.getByRole("table").first()).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test("search engines get robots.txt, the sitemap and structured data", async ({ page, request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);

  await page.goto("/kurse/professionell-telefonieren");
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(data).toMatchObject({ "@type": "Course", name: "Professionell und gelassen am Telefon" });
  await page.goto("/");
  const home = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(home).toMatchObject({ "@type": "Organization" });
});
