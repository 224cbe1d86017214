// The consultant uploads a course picture and his portrait in admin and sees them on the public
// pages, served by next/image in a modern format (decision 0033). The pictures go to the upload
// route handlers (app/api/admin/bilder), not to a server action: with script through fetch(), and
// without script as a plain form post that comes back to the page with its outcome.
import { expect, test, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";

import { expectNoAxeViolations } from "./support/axe";
import { screenshots } from "./support/screenshots";
import { signInAsOwner } from "./support/sign-in";

const COURSE_PATH = "/kurse/professionell-telefonieren";
const COURSE_TITLE = "Professionell und gelassen am Telefon";
const COURSE_ALT = "Eine Mitarbeiterin am Telefon, im Hintergrund der Schalter";
const PORTRAIT_ALT = "Porträt des Beraters vor einer hellen Wand";

/** A picture with some structure, so the screenshots show what was uploaded. */
async function picture(width: number, height: number, label: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#1f5f8b"/><stop offset="1" stop-color="#e8d9b5"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <text x="50%" y="50%" font-family="sans-serif" font-size="${Math.round(width / 12)}" fill="#fff"
      text-anchor="middle" dominant-baseline="middle">${label}</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

/** The picture has arrived through the optimizer, in AVIF or WebP, with its space reserved. */
async function expectOptimizedImage(page: Page, image: Locator) {
  await image.scrollIntoViewIfNeeded();
  await expect(image).toHaveAttribute("src", /^\/_next\/image\?url=%2Fapi%2Fbilder%2F[0-9a-f]{64}&w=\d+&q=75$/);
  await expect(image).toHaveAttribute("width", /^\d+$/);
  await expect(image).toHaveAttribute("height", /^\d+$/);
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
    .toBeGreaterThan(0);
  const source = await image.evaluate((element: HTMLImageElement) => element.currentSrc);
  const response = await page.request.get(source, { headers: { accept: "image/avif,image/webp,*/*" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^image\/(avif|webp)$/);
}

/** The upload form's request to its route, and the route's answer. */
function uploadResponse(page: Page, route: string) {
  return page.waitForResponse(
    (response) => response.request().method() === "POST" && new URL(response.url()).pathname.startsWith(route),
  );
}

test("a course picture and the portrait: uploaded in admin, refused when wrong, shown on the public pages", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInAsOwner(page);

  await page.goto("/admin/kurse");
  await page.getByRole("link", { name: COURSE_TITLE, exact: true }).click();
  const upload = page.getByRole("region", { name: "Bild des Kurses" });
  await expect(upload.getByText("Noch kein Bild hochgeladen.")).toBeVisible();

  // An SVG is refused at the field, and the description typed stays.
  const description = upload.getByRole("textbox", { name: /^Bildbeschreibung/ });
  await description.fill(COURSE_ALT);
  await upload.locator('input[type="file"]').setInputFiles({
    name: "kursbild.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"/>'),
  });
  const refused = uploadResponse(page, "/api/admin/bilder/kurse/");
  await upload.getByRole("button", { name: "Bild hochladen" }).click();
  expect((await refused).status()).toBe(422);
  const fileField = upload.locator('input[type="file"]');
  await expect(fileField).toHaveAttribute("aria-invalid", "true");
  await expect(upload.getByText(/Diese Datei ist kein JPEG-, PNG- oder WebP-Bild/).first()).toBeVisible();
  await expect(description).toHaveValue(COURSE_ALT);
  await expectNoAxeViolations(page);

  await fileField.setInputFiles({
    name: "kursbild.jpg",
    mimeType: "image/jpeg",
    buffer: await picture(2400, 1350, "Kursbild"),
  });
  const stored = uploadResponse(page, "/api/admin/bilder/kurse/");
  await upload.getByRole("button", { name: "Bild hochladen" }).click();
  expect((await stored).status()).toBe(200);
  await expect(upload.getByRole("status").filter({ hasText: "Bild gespeichert" })).toBeVisible();
  await expect(upload.getByText("Aktuell: 1600 × 900 Pixel.", { exact: false })).toBeVisible();
  await expect(upload.getByRole("img", { name: COURSE_ALT })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshots(page, "admin-kursbild");

  await page.goto(COURSE_PATH);
  const courseImage = page.getByRole("main").getByRole("img", { name: COURSE_ALT });
  await expectOptimizedImage(page, courseImage);
  await expectNoAxeViolations(page);
  await screenshots(page, "kurs-mit-bild");

  await page.goto("/kurse");
  await expectOptimizedImage(
    page,
    page.getByRole("article").filter({ hasText: COURSE_TITLE }).getByRole("img", { name: COURSE_ALT }),
  );
  await screenshots(page, "katalog-mit-bild");

  // The portrait, in the owner's settings, then on "Über mich": uploaded with script off, as a
  // plain form post to the route, which sends the browser back with its outcome.
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await noScript.newPage();
  await plain.goto("/admin/einstellungen");
  const plainPortrait = plain.getByRole("region", { name: "Porträt" });
  await plainPortrait.getByRole("textbox", { name: /^Bildbeschreibung/ }).fill(PORTRAIT_ALT);
  await plainPortrait.locator('input[type="file"]').setInputFiles({
    name: "portraet.gif",
    mimeType: "image/gif",
    buffer: await sharp({ create: { width: 900, height: 1200, channels: 3, background: "#1f5f8b" } })
      .gif()
      .toBuffer(),
  });
  await plainPortrait.getByRole("button", { name: "Bild hochladen" }).click();
  await expect(plain).toHaveURL(/\/admin\/einstellungen\?bild=wrongType$/);
  await expect(plainPortrait.getByText(/Diese Datei ist kein JPEG-, PNG- oder WebP-Bild/).first()).toBeVisible();
  await plainPortrait.getByRole("textbox", { name: /^Bildbeschreibung/ }).fill(PORTRAIT_ALT);
  await plainPortrait.locator('input[type="file"]').setInputFiles({
    name: "portraet.jpg",
    mimeType: "image/jpeg",
    buffer: await picture(900, 1200, "Porträt"),
  });
  await plainPortrait.getByRole("button", { name: "Bild hochladen" }).click();
  await expect(plain).toHaveURL(/\/admin\/einstellungen\?bild=gespeichert$/);
  await expect(plainPortrait.getByRole("status").filter({ hasText: "Porträt gespeichert" })).toBeVisible();
  await expect(plainPortrait.getByText("Aktuell: 900 × 1200 Pixel.", { exact: false })).toBeVisible();
  await noScript.close();

  await page.goto("/admin/einstellungen");
  const portrait = page.getByRole("region", { name: "Porträt" });
  await expect(portrait.getByRole("img", { name: PORTRAIT_ALT })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/ueber-mich");
  await expectOptimizedImage(page, page.getByRole("main").getByRole("img", { name: PORTRAIT_ALT }));
  await expectNoAxeViolations(page);
  await screenshots(page, "ueber-mich-mit-portraet");

  // Removed again: the course page shows no picture.
  await page.goto("/admin/kurse");
  await page.getByRole("link", { name: COURSE_TITLE, exact: true }).click();
  await upload.getByRole("button", { name: "Bild des Kurses entfernen" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Entfernen" }).click();
  await expect(upload.getByText("Noch kein Bild hochgeladen.")).toBeVisible();
  await page.goto(COURSE_PATH);
  await expect(page.getByRole("heading", { level: 1, name: COURSE_TITLE })).toBeVisible();
  await expect(page.getByRole("main").getByRole("img", { name: COURSE_ALT })).toHaveCount(0);

  await page.goto("/admin/einstellungen");
  await portrait.getByRole("button", { name: "Porträt entfernen" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Entfernen" }).click();
  await expect(portrait.getByText("Noch kein Bild hochgeladen.")).toBeVisible();
});
