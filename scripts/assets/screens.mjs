// Screenshots of the public site at phone and desktop width for docs/screens/. Against a running
// app with the demo content: node scripts/assets/screens.mjs http://localhost:3000
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const pages = {
  home: "/",
  taetigkeitsfeld: "/taetigkeitsfelder/oeffentliche-verwaltung",
  kurs: "/kurse/kundenkontakt-oeffentliche-verwaltung",
};
const widths = { phone: 390, desktop: 1280 };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost"],
});
for (const [device, width] of Object.entries(widths)) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  for (const [name, path] of Object.entries(pages)) {
    await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
    await page.screenshot({ path: `docs/screens/${name}-${device}.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
