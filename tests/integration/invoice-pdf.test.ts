// The invoice PDF's QR-bill as a banking app reads it: the PDF of an issued invoice is rendered,
// its last page rasterised with pdftoppm (poppler-utils), the QR code decoded with jsQR, and every
// field of the Swiss QR payload (SIX IG QR-bill 2.3, section 4) checked against the invoice.
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";
import { loadInvoiceDocument, renderInvoicePdf } from "@/lib/invoicing/pdf";
import { isScorReference } from "@/lib/invoicing/rules";
import { createInvoiceFromProposal, issueInvoice } from "@/lib/invoicing/service";

import { seedWithOwner } from "../setup/admin-fixtures";
import { setBusinessProfile } from "../setup/business-profile-fixtures";
import { acceptedProposal } from "../setup/invoice-fixtures";
import { decodeQrBill } from "../setup/qr-bill";

const db = () => getDb();
let owner = { id: "", name: "Markus Muster" as string | null };
const NOW = new Date("2026-12-07T10:00:00Z");

beforeAll(async () => {
  owner = await seedWithOwner(db());
});

async function issuedInvoice(organisationName: string) {
  const { proposalId } = await acceptedProposal(db(), owner, organisationName);
  const { invoiceId } = await createInvoiceFromProposal(db(), userActor(owner), { proposalId, share: "FULL" }, NOW);
  await db().invoice.update({
    where: { id: invoiceId },
    data: { buyerStreet: "Reiterstrasse", buyerHouseNumber: "11", buyerPostcode: "3011", buyerCity: "Bern" },
  });
  const { number } = await issueInvoice(db(), userActor(owner), { invoiceId }, NOW);
  const document = await loadInvoiceDocument(db(), invoiceId);
  return { number, document: document! };
}

describe("the QR-bill of an invoice PDF", () => {
  it("carries every field: QR-IBAN with QR reference, structured addresses, amount, number and PO", async () => {
    await setBusinessProfile(db());
    const { number, document } = await issuedInvoice("Bundesamt für Statistik");
    const { text } = await decodeQrBill(await renderInvoicePdf(document));
    const fields = text.split(/\r?\n/);
    expect(fields.slice(0, 3)).toEqual(["SPC", "0200", "1"]);
    expect(fields[3]).toBe("CH4431999123000889012");
    // Creditor, address type S (structured): name, street, house number, postcode, town, country.
    expect(fields.slice(4, 11)).toEqual(["S", "Anliegen Beratung", "Bundesgasse", "3", "3011", "Bern", "CH"]);
    expect(fields.slice(11, 18)).toEqual(["", "", "", "", "", "", ""]); // no ultimate creditor
    expect(fields[18]).toBe("5383.40");
    expect(fields[19]).toBe("CHF");
    expect(fields.slice(20, 27)).toEqual(["S", "Bundesamt für Statistik", "Reiterstrasse", "11", "3011", "Bern", "CH"]);
    expect(fields[27]).toBe("QRR");
    expect(fields[28]).toBe(document.paymentReference);
    expect(fields[28]).toMatch(new RegExp(`${number.replace(/\D/g, "")}\\d$`));
    expect(fields[29]).toBe(`Rechnung ${number}, Bestellung BE-4500123456`);
    expect(fields[30]).toBe("EPD");
    expect(fields[31]).toBe(`//S1/10/${number}/11/261207/30/123456788/32/8.1/40/0:30`);
  });

  it("carries a creditor reference (SCOR) with a normal IBAN", async () => {
    await setBusinessProfile(db(), { iban: "CH9300762011623852957", referenceType: "SCOR" });
    try {
      const { number, document } = await issuedInvoice("Kantonspolizei Bern");
      const fields = (await decodeQrBill(await renderInvoicePdf(document))).text.split(/\r?\n/);
      expect(fields[3]).toBe("CH9300762011623852957");
      expect(fields[27]).toBe("SCOR");
      expect(isScorReference(fields[28]!)).toBe(true);
      expect(fields[28]).toBe(`RF${fields[28]!.slice(2, 4)}${number.replace(/-/g, "")}`);
    } finally {
      await setBusinessProfile(db());
    }
  });
});
