// Overdue invoices and the bookkeeping export (decision 0030): an issued invoice past its due date
// appears in the overdue list and on the dashboard; the consultant sends the friendly reminder by
// hand, finds it in the dev mailbox with the PDF named, sees the list record it, and downloads the
// year's invoices as CSV (BOM, semicolons, 1250.00), and credits part of it. The new pages pass axe.
import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";

import { addDays, zurichDate } from "@/lib/calendar/zurich-time";
import { createDatabaseClient } from "@/lib/db/client";
import { qrReferenceFor } from "@/lib/invoicing/rules";
import { sellerFromProfile } from "@/lib/invoicing/seller";

import { completeProfile } from "../setup/business-profile-fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { openLatestMail } from "./support/mailbox";
import { E2E_DATABASE_URL_FILE } from "./support/paths";
import { screenshots } from "./support/screenshots";
import { signInAsOwner } from "./support/sign-in";

const CLIENT_EMAIL = "buchhaltung.mahnung@verwaltung.example";
const CLIENT = 'Amt für "Wald"; Thun';

/**
 * An invoice issued 45 days ago with 30 days to pay, written straight to the database (the
 * invoicing journey covers issuing): a draft with its line first, then issued, as the guard allows.
 */
async function overdueInvoiceInE2eDatabase() {
  const db = createDatabaseClient((await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim(), { max: 1 });
  try {
    const today = zurichDate(new Date());
    const issueDate = addDays(today, -45);
    const number = `RE-${issueDate.slice(0, 4)}-${String(9000 + Math.floor(Math.random() * 999)).padStart(4, "0")}`;
    const invoice = await db.invoice.create({
      data: {
        title: "Nachbesprechung «Schalter»",
        buyerName: CLIENT,
        buyerContact: "Jürg Bärtschi",
        buyerStreet: "Scheibenstrasse",
        buyerHouseNumber: "3",
        buyerPostcode: "3600",
        buyerCity: "Thun",
        buyerEmail: CLIENT_EMAIL,
        netCents: 125_000,
        vatCents: 10_125,
        payableCents: 135_125,
        lines: {
          create: [
            {
              position: 1,
              description: "Nachbesprechung",
              quantityHundredths: 100,
              unitPriceCents: 125_000,
              vatRateBasisPoints: 810,
              netCents: 125_000,
              vatCents: 10_125,
            },
          ],
        },
      },
    });
    await db.invoice.update({
      where: { id: invoice.id },
      data: {
        status: "ISSUED",
        number,
        paymentReference: qrReferenceFor(number),
        issueDate: new Date(`${issueDate}T00:00:00Z`),
        dueDate: new Date(`${addDays(issueDate, 30)}T00:00:00Z`),
        issuedAt: new Date(),
        seller: sellerFromProfile({ ...completeProfile, reminderText: "" }),
      },
    });
    return { id: invoice.id, number, year: issueDate.slice(0, 4) };
  } finally {
    await db.$disconnect();
  }
}

test("an overdue invoice is listed, reminded by hand once, and exported for the bookkeeping", async ({ page }) => {
  test.setTimeout(120_000);
  const invoice = await overdueInvoiceInE2eDatabase();
  await signInAsOwner(page);

  // The dashboard names what the client owes, overdue.
  await page.goto("/admin");
  const openPanel = page.getByRole("region", { name: /Offene Rechnungen nach Kundschaft/ });
  await expect(openPanel.getByRole("link", { name: `${CLIENT}: CHF 1'351.25 offen` })).toBeVisible();
  await expect(openPanel.getByText("davon CHF 1'351.25 überfällig").first()).toBeVisible();

  // The overdue list: 15 days overdue, no reminder yet, the friendly one by hand.
  await page.goto("/admin/rechnungen/ueberfaellig");
  await expect(page.getByRole("heading", { level: 1, name: "Überfällige Rechnungen" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: invoice.number });
  await expect(row).toContainText("15 Tage");
  await expect(row).toContainText("Noch keine");
  await expectNoAxeViolations(page);
  await screenshots(page, "rechnungen-ueberfaellig");
  await row.getByRole("button", { name: `1. Zahlungserinnerung jetzt senden: ${invoice.number}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Jetzt senden" }).click();
  await expect(row).toContainText("1. Zahlungserinnerung am");
  await expect(row).toContainText("(von Hand)");
  await expect(row.getByRole("button", { name: `2. Mahnung jetzt senden: ${invoice.number}` })).toBeVisible();
  await expectNoAxeViolations(page);

  const mail = await openLatestMail(page, CLIENT_EMAIL, new RegExp(`Zahlungserinnerung: Rechnung ${invoice.number}`));
  expect(mail).toContain("Guten Tag Jürg Bärtschi");
  expect(mail).toContain("CHF 1'351.25");
  expect(mail).toContain("Freundliche Grüsse");
  await expect(page.getByText(`Rechnung-${invoice.number}.pdf`)).toBeVisible();

  // The year's invoices as CSV.
  await page.goto("/admin/rechnungen/export");
  await expect(page.getByRole("heading", { level: 1, name: "Export für die Buchhaltung" })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshots(page, "rechnungen-export");
  await page.getByLabel("Jahr").selectOption(invoice.year);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "CSV herunterladen" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`rechnungen-${invoice.year}.csv`);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString("utf8").slice(1);
  expect(csv.split("\r\n")[0]).toMatch(/^Belegnummer;Belegart;Datum;Fällig am;Kunde;/);
  const line = csv.split("\r\n").find((entry) => entry.startsWith(`${invoice.number};`));
  expect(line).toContain(`;"Amt für ""Wald""; Thun";`);
  expect(line).toContain(";1250.00;8.1;101.25;0.00;1351.25;0.00;0.00;1351.25;Offen;");

  // The invoice records the reminder; a partial credit above what is open is refused at the field.
  await page.goto(`/admin/rechnungen/${invoice.id}`);
  await expect(
    page.getByText(/^1\. Zahlungserinnerung am \d{2}\.\d{2}\.\d{4} über CHF 1'351\.25 \(von Hand\)$/),
  ).toBeVisible();
  await page.getByLabel("Einen Betrag").check();
  await page.getByLabel("Betrag CHF inkl. MWST").fill("2000");
  await page.getByLabel("Grund").fill("Ein Teil der Nachbesprechung entfiel.");
  await page.getByRole("button", { name: "Gutschrift ausstellen und senden" }).click();
  await expect(page.locator("#creditAmount-fehler")).toContainText(
    "Die Gutschrift (CHF 2'000.00) ist höher als der offene Betrag der Rechnung (CHF 1'351.25).",
  );
  await expect(page.getByLabel("Betrag CHF inkl. MWST")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await screenshots(page, "rechnung-teilgutschrift");
  await page.getByLabel("Betrag CHF inkl. MWST").fill("351.25");
  await page.getByRole("button", { name: "Gutschrift ausstellen und senden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Gutschrift GS-\d{4}-\d{4}$/ })).toBeVisible();
  await page.getByRole("link", { name: invoice.number }).click();
  await expect(page.getByRole("status").filter({ hasText: "offen CHF 1'000.00" })).toBeVisible();
});
