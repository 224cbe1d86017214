// Screenshots of the public site and of one mail at phone and desktop width for docs/screens/.
// Against a running production build with the demo content and the dev mailbox, as the e2e suite
// starts it (docs/screens/README.md): node scripts/assets/screens.mjs http://localhost:3342
import { chromium } from "@playwright/test";
import sharp from "sharp";

const base = process.argv[2] ?? "http://localhost:3000";
const pages = {
  home: "/",
  taetigkeitsfeld: "/taetigkeitsfelder/oeffentliche-verwaltung",
  kurs: "/kurse/kundenkontakt-oeffentliche-verwaltung",
};
const widths = { phone: 390, desktop: 1280 };
const recipient = "anna.baertschi@amt.example";

/** Full-page shots run to megabytes; a 256-colour palette keeps the flat colours and text sharp. */
async function save(page, name) {
  const png = await page.screenshot({ fullPage: true });
  await sharp(png).png({ palette: true, compressionLevel: 9, effort: 10 }).toFile(`docs/screens/${name}.png`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost"],
});

/**
 * Books a seat on the first open date as a visitor would and returns the HTML of the mail that asks
 * to confirm it, as the dev mailbox holds it (the mail the most visitors receive).
 */
async function bookingMailHtml() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/termine`);
  const href = await page.locator('main a[href^="/termine/"]').first().getAttribute("href");
  await page.goto(`${base}${href}`);
  await page.getByRole("radio", { name: "Frau" }).first().check();
  const person = page.getByRole("group", { name: "Person 1" });
  await person.getByRole("textbox", { name: "Vorname und Name" }).fill("Anna Bärtschi");
  await person.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(recipient);
  await page.getByRole("textbox", { name: "Ihr Name", exact: true }).fill("Anna Bärtschi");
  await page.getByRole("textbox", { name: "Ihre E-Mail-Adresse", exact: true }).fill(recipient);
  await page.getByRole("textbox", { name: "Organisation", exact: true }).fill("Betreibungsamt Thun");
  await page.getByRole("button", { name: "Verbindlich buchen" }).click();
  await page.getByRole("heading", { name: "Ihre Plätze sind reserviert" }).waitFor();
  // The outbox worker delivers in the background.
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.goto(`${base}/dev/mail`);
    const link = page.getByRole("row").filter({ hasText: recipient }).getByRole("link").first();
    if ((await link.count()) > 0) {
      await link.click();
      const html = await page.locator("iframe").getAttribute("srcdoc");
      await page.close();
      return html;
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`No mail to ${recipient} arrived in the dev mailbox.`);
}

const mailHtml = await bookingMailHtml();
for (const [device, width] of Object.entries(widths)) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  for (const [name, path] of Object.entries(pages)) {
    await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
    await save(page, `${name}-${device}`);
  }
  // The mail as a mail client shows it: its own HTML at the full width, not inside the mailbox frame.
  await page.setContent(mailHtml, { waitUntil: "networkidle" });
  await save(page, `mail-buchung-${device}`);
  await page.close();
}
await browser.close();
