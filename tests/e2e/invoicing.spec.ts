// The invoicing journey: the owner fills in the settings (German errors at the field for a bad UID
// and IBAN), turns an accepted proposal into an invoice, issues it, downloads the PDF and reads its
// QR-bill, finds the mail in the dev mailbox and the invoice in the client's portal, downloads the
// e-invoice XML (validated against the UBL 2.1 XSD where kept), imports the bank's camt.054 that pays
// it (preview, booking, a second import booking nothing), and sees it paid in admin and portal.
import { readFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { systemActor } from "@/lib/db/actor";
import { createDatabaseClient } from "@/lib/db/client";
import { printReference } from "@/lib/invoicing/camt-print";
import { createDesignFromInquiry } from "@/lib/proposals/service-design";
import { buildSnapshot } from "@/lib/proposals/snapshot";

import { camt054 } from "../setup/camt-fixtures";
import { createInquiry } from "../setup/proposal-fixtures";
import { decodeQrBill, qrBillFields } from "../setup/qr-bill";
import { ublSchemaAvailable, validateUbl } from "../setup/ubl-xsd";
import { expectNoAxeViolations } from "./support/axe";
import { firstLink, openLatestMail } from "./support/mailbox";
import { E2E_DATABASE_URL_FILE, E2E_DIR } from "./support/paths";
import { screenshots } from "./support/screenshots";
import { signInAsOwner } from "./support/sign-in";

const CLIENT_EMAIL = "finanzen.rechnung@verwaltung.example";
const SCREENS = path.join(E2E_DIR, "screens");

/** The proposal the client accepted, written straight to the database (the proposal journey covers the portal). */
async function acceptedProposalInE2eDatabase() {
  const db = createDatabaseClient((await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim(), { max: 1 });
  try {
    const inquiry = await createInquiry(db, {
      organisationName: "Bundesamt für Rechnungsprüfung",
      contactName: "Zoë Müller-Brügger",
      email: CLIENT_EMAIL,
      fieldSlug: "oeffentliche-verwaltung",
      goalSlugs: ["anspruchsvolle-gespraeche-souveraen-fuehren"],
      moduleSlugs: ["aktiv-zuhoeren"],
      status: "CONFIRMED",
    });
    const { id } = await createDesignFromInquiry(db, systemActor("e2e"), { inquiryId: inquiry.id });
    await db.courseDesign.update({
      where: { id },
      data: {
        pricingMode: "DAY_RATE",
        dayRateCents: 240_000,
        days: 2,
        expensesCents: 18_000,
        purchaseOrderRef: "BR-4500987654",
        costCentre: "KST 310",
      },
    });
    // The frozen version as sending builds it (send.ts itself is server-only).
    const design = await db.courseDesign.findUniqueOrThrow({
      where: { id },
      include: {
        goals: { orderBy: { position: "asc" } },
        agendaItems: { orderBy: [{ day: "asc" }, { position: "asc" }] },
      },
    });
    const snapshot = buildSnapshot(
      { ...design, days: design.days === null ? null : Number(design.days) },
      {
        version: 1,
        validUntil: "2027-01-31",
        inquiry,
        consultant: { name: "Markus Muster", email: "kontakt@anliegen.example" },
      },
    );
    await db.proposal.create({
      data: {
        designId: id,
        inquiryId: inquiry.id,
        version: 1,
        status: "ACCEPTED",
        snapshot,
        netCents: snapshot.price.netCents,
        vatCents: snapshot.price.vatCents,
        totalCents: snapshot.price.totalCents,
        validUntil: new Date(`${snapshot.validUntil}T00:00:00Z`),
        sentAt: new Date(),
        respondedAt: new Date(),
        acceptedByName: "Zoë Müller-Brügger",
        acceptedByRole: "Leiterin Finanzen",
      },
    });
    return inquiry;
  } finally {
    await db.$disconnect();
  }
}

test("an accepted proposal is invoiced with a QR-bill, mailed, shown in the portal and paid", async ({ page }) => {
  test.setTimeout(120_000);
  const inquiry = await acceptedProposalInE2eDatabase();
  await signInAsOwner(page);

  // Settings: bad UID and IBAN are refused at the field in German, then the real ones are saved.
  await page.goto("/admin/einstellungen");
  await expect(page.getByRole("heading", { level: 1, name: "Einstellungen" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("UID").fill("CHE-123.456.789 MWST");
  await page.getByLabel("IBAN oder QR-IBAN").fill("CH44 3199 9123 0008 8901 3");
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(page.getByText("Diese UID ist ungültig (Prüfziffer stimmt nicht)")).toBeVisible();
  await expect(page.getByText("Diese IBAN ist ungültig.")).toBeVisible();
  await page.getByLabel("UID").fill("CHE-123.456.788 MWST");
  await page.getByLabel("IBAN oder QR-IBAN").fill("CH44 3199 9123 0008 8901 2");
  await page.getByLabel("Verantwortliche Person").fill("Markus Beispiel");
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(page.getByText("Einstellungen gespeichert")).toBeVisible();
  await expect(page.getByText("Das sind Beispielangaben")).toHaveCount(0);
  await screenshots(page, "einstellungen");

  // A draft from the accepted proposal, completed with the billing address, then issued.
  await page.goto("/admin/rechnungen/neu");
  await expectNoAxeViolations(page);
  const proposalSelect = page.getByLabel("Angebot");
  const option = proposalSelect.locator("option").filter({ hasText: inquiry.reference });
  await proposalSelect.selectOption((await option.getAttribute("value"))!);
  await page.getByRole("button", { name: "Rechnungsentwurf erstellen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rechnung (Entwurf)" })).toBeVisible();
  await expect(page.getByText("BR-4500987654").first()).toBeVisible();
  await page.getByRole("textbox", { name: "Strasse", exact: true }).fill("Monbijoustrasse");
  await page.getByLabel("Hausnummer").fill("45");
  await page.getByRole("textbox", { name: "Postleitzahl", exact: true }).fill("3003");
  await page.getByRole("textbox", { name: "Ort", exact: true }).fill("Bern");
  await page.getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(page.getByText("Entwurf gespeichert.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Rechnung ausstellen und senden" }).click();
  const heading = page.getByRole("heading", { level: 1, name: /^Rechnung RE-\d{4}-\d{4}$/ });
  await expect(heading).toBeVisible();
  const number = (await heading.innerText()).replace("Rechnung ", "");
  await expect(page.getByRole("status").filter({ hasText: "Offen, offen CHF 5'383.40" })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshots(page, "rechnung");

  // The PDF's QR-bill as a banking app reads it.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: `PDF herunterladen (${number})` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`Rechnung-${number}.pdf`);
  const pdf = await readFile((await download.path())!);
  const { text, png } = await decodeQrBill(pdf);
  await mkdir(SCREENS, { recursive: true });
  await writeFile(path.join(SCREENS, "rechnung-pdf-zahlteil.png"), png);
  const fields = qrBillFields(text);
  expect(fields.slice(0, 4)).toEqual(["SPC", "0200", "1", "CH4431999123000889012"]);
  expect(fields[18]).toBe("5383.40");
  expect(fields.slice(20, 27)).toEqual([
    "S",
    "Bundesamt für Rechnungsprüfung",
    "Monbijoustrasse",
    "45",
    "3003",
    "Bern",
    "CH",
  ]);
  expect(fields[27]).toBe("QRR");
  expect(fields[29]).toBe(`Rechnung ${number}, Bestellung BR-4500987654`);

  // The mail in the dev mailbox, with the portal link; the portal shows the invoice as open.
  const mail = await openLatestMail(page, CLIENT_EMAIL, new RegExp(`Rechnung ${number}`));
  expect(mail).toContain("Guten Tag Zoë Müller-Brügger");
  expect(mail).toContain("CHF 5'383.40");
  const portal = firstLink(mail, /http:\/\/localhost:\d+\/portal\/\S+/);
  await page.goto(portal);
  const invoices = page.getByRole("region", { name: "Rechnungen" });
  await expect(invoices.getByText(`Rechnung ${number}`).first()).toBeVisible();
  await expect(invoices.getByText("Offen")).toBeVisible();
  await expectNoAxeViolations(page);

  // The e-invoice: the UBL XML the admin downloads, valid against the UBL 2.1 XSD where it is kept.
  await page.goto("/admin/rechnungen");
  await expectNoAxeViolations(page);
  await screenshots(page, "rechnungen");
  await page.getByRole("link", { name: number }).click();
  const xmlLink = page.getByRole("link", { name: "E-Rechnung (XML, PEPPOL) herunterladen" });
  const xmlResponse = await page.request.get((await xmlLink.getAttribute("href"))!);
  expect(xmlResponse.status()).toBe(200);
  const ubl = await xmlResponse.text();
  expect(ubl).toContain(`<cbc:ID>${number}</cbc:ID>`);
  expect(ubl).toContain('<cbc:PayableAmount currencyID="CHF">5383.40</cbc:PayableAmount>');
  expect(ubl).toContain("<cbc:BuyerReference>BR-4500987654</cbc:BuyerReference>");
  if (ublSchemaAvailable()) expect(await validateUbl(ubl, "Invoice")).toEqual([]);
  const invoiceUrl = page.url();

  // The bank's camt.054 for the QR reference and amount: refused when it is no XML or from another
  // account, previewed, booked once, and a second import of it books nothing.
  const reference = fields[28]!;
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Zurich" }).format(new Date());
  const credit = { reference, amountCents: 538_340, date: today, bankReference: `E2E-${number}`, debtor: "Bund" };
  const bankFile = (name: string, text: string) => ({ name, mimeType: "application/xml", buffer: Buffer.from(text) });
  await page.goto("/admin/rechnungen");
  await page.getByRole("link", { name: "Bankdatei einlesen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bankdatei einlesen" })).toBeVisible();
  await expectNoAxeViolations(page);
  const fileField = page.getByLabel(/^Bankdatei/);
  const previewButton = page.getByRole("button", { name: "Vorschau anzeigen" });
  await fileField.setInputFiles({ name: "auszug.csv", mimeType: "text/csv", buffer: Buffer.from("Datum;Betrag\n") });
  await previewButton.click();
  await expect(page.getByText("Die Datei ist kein XML.")).toBeVisible();
  await expect(fileField).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await fileField.setInputFiles(bankFile("fremd.xml", camt054("CH93 0076 2011 6238 5295 7", [credit])));
  await previewButton.click();
  await expect(page.getByText("Die Datei gehört zu einem anderen Konto (CH9300762011623852957)")).toBeVisible();
  const camt = bankFile("camt054.xml", camt054("CH44 3199 9123 0008 8901 2", [credit]));
  await fileField.setInputFiles(camt);
  await previewButton.click();
  const preview = page.getByRole("region", { name: "Buchungen der Bankdatei mit Zuordnung" });
  await expect(preview.getByRole("row").filter({ hasText: number })).toContainText("Wird gebucht");
  await expect(page.getByText("1 Zahlung zugeordnet (CHF 5'383.40)")).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshots(page, "bankdatei-vorschau");
  await page.getByRole("button", { name: "1 Zahlung über CHF 5'383.40 buchen" }).click();
  await expect(page.getByText("1 Zahlung über CHF 5'383.40 gebucht.")).toBeVisible();
  await expect(preview.getByRole("row").filter({ hasText: number })).toContainText("Gebucht");
  await expectNoAxeViolations(page);
  await screenshots(page, "bankdatei-gebucht");
  await fileField.setInputFiles(camt);
  await previewButton.click();
  await expect(preview.getByRole("row").filter({ hasText: printReference(reference) })).toContainText(
    "Bereits gebucht",
  );
  await expect(page.getByText("Diese Datei enthält keine Zahlung, die gebucht werden kann.")).toBeVisible();

  // Paid in full: admin and portal say so.
  await page.goto(invoiceUrl);
  await expect(page.getByRole("status").filter({ hasText: /^Bezahlt/ })).toBeVisible();
  await expect(page.getByText(new RegExp(`^${today.split("-").reverse().join("\\.")}: CHF 5'383\\.40`))).toBeVisible();
  await page.goto(portal);
  await expect(invoices.getByText("Bezahlt")).toBeVisible();
});
