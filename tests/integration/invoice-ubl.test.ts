// The e-invoice: an issued invoice and its credit note as PEPPOL BIS Billing 3.0 UBL, validated
// against the OASIS UBL 2.1 XSD (xmllint-wasm) and its EN 16931 totals and VAT breakdown read
// back and compared with the figures the PDF prints (the same stored invoice).
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";
import { loadInvoiceDocument, type InvoiceDocument } from "@/lib/invoicing/pdf";
import { createCreditNote, createInvoiceFromProposal, issueInvoice } from "@/lib/invoicing/service";
import { PEPPOL_CUSTOMIZATION_ID, PEPPOL_PROFILE_ID, renderInvoiceUbl } from "@/lib/invoicing/ubl";

import { seedWithOwner } from "../setup/admin-fixtures";
import { setBusinessProfile } from "../setup/business-profile-fixtures";
import { acceptedProposal } from "../setup/invoice-fixtures";
import { ublSchemaAvailable, UBL_XSD_DIR, validateUbl } from "../setup/ubl-xsd";

const db = () => getDb();
let owner = { id: "", name: "Markus Muster" as string | null };
const NOW = new Date("2026-12-07T10:00:00Z");

beforeAll(async () => {
  owner = await seedWithOwner(db());
  await setBusinessProfile(db());
});

async function issued(organisationName: string, buyerUid = "CHE-115.635.759") {
  const { proposalId } = await acceptedProposal(db(), owner, organisationName);
  const { invoiceId } = await createInvoiceFromProposal(db(), userActor(owner), { proposalId, share: "FULL" }, NOW);
  await db().invoice.update({
    where: { id: invoiceId },
    data: {
      buyerStreet: "Espace de l'Europe",
      buyerHouseNumber: "10",
      buyerPostcode: "2010",
      buyerCity: "Neuchâtel",
      buyerUid,
    },
  });
  await issueInvoice(db(), userActor(owner), { invoiceId }, NOW);
  return { invoiceId, document: (await loadInvoiceDocument(db(), invoiceId))! };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => ["TaxSubtotal", "InvoiceLine", "CreditNoteLine"].includes(name),
});

type Amount = { "#text": string; "@_currencyID": string };
const cents = (amount: Amount) => {
  expect(amount["@_currencyID"]).toBe("CHF");
  return Math.round(Number(amount["#text"]) * 100);
};

/** EN 16931 totals (BT-106, 109, 112, 114, 115, 110) and breakdown (BG-23) against the document. */
type TaxGroup = { TaxableAmount: Amount; TaxAmount: Amount; TaxCategory: { ID: string; Percent: string } };
type Totals = {
  LegalMonetaryTotal: {
    LineExtensionAmount: Amount;
    TaxExclusiveAmount: Amount;
    TaxInclusiveAmount: Amount;
    PayableRoundingAmount?: Amount;
    PayableAmount: Amount;
  };
  TaxTotal: { TaxAmount: Amount; TaxSubtotal: TaxGroup[] };
};
type Line = { LineExtensionAmount: Amount; Item: { ClassifiedTaxCategory: unknown } };

function expectTotalsOf(root: Totals, document: InvoiceDocument) {
  const totals = root.LegalMonetaryTotal;
  expect(cents(totals.LineExtensionAmount)).toBe(document.netCents);
  expect(cents(totals.TaxExclusiveAmount)).toBe(document.netCents);
  expect(cents(totals.TaxInclusiveAmount)).toBe(document.netCents + document.vatCents);
  expect(totals.PayableRoundingAmount ? cents(totals.PayableRoundingAmount) : 0).toBe(document.roundingCents);
  expect(cents(totals.PayableAmount)).toBe(document.payableCents);
  expect(cents(root.TaxTotal.TaxAmount)).toBe(document.vatCents);
  const rates = [...new Set(document.lines.map((line) => line.vatRateBasisPoints))];
  expect(root.TaxTotal.TaxSubtotal.map((group) => Number(group.TaxCategory.Percent) * 100)).toEqual(rates);
  for (const group of root.TaxTotal.TaxSubtotal) {
    const members = document.lines.filter(
      (line) => line.vatRateBasisPoints === Number(group.TaxCategory.Percent) * 100,
    );
    expect(cents(group.TaxableAmount)).toBe(members.reduce((sum, line) => sum + line.netCents, 0));
    expect(cents(group.TaxAmount)).toBe(members.reduce((sum, line) => sum + line.vatCents, 0));
    expect(group.TaxCategory.ID).toBe("S");
  }
}

describe("the e-invoice (PEPPOL BIS 3.0 UBL)", () => {
  it("writes an invoice with the SwissDIGIN fields and totals that match the PDF", async () => {
    const { document } = await issued("Bundesamt für Statistik");
    const xml = renderInvoiceUbl(document, { buyerEmail: "rechnungen@bfs.example" });
    const root = parser.parse(xml).Invoice;
    expect(root.CustomizationID).toBe(PEPPOL_CUSTOMIZATION_ID);
    expect(root.ProfileID).toBe(PEPPOL_PROFILE_ID);
    expect(root.ID).toBe(document.number);
    expect(root.IssueDate).toBe("2026-12-07");
    expect(root.DueDate).toBe("2027-01-06");
    expect(root.InvoiceTypeCode).toBe("380");
    expect(root.DocumentCurrencyCode).toBe("CHF");
    // SwissDIGIN: the buyer reference is the purchase order; the cost centre goes to BT-19.
    expect(root.BuyerReference).toBe("BE-4500123456");
    expect(root.OrderReference.ID).toBe("BE-4500123456");
    expect(root.AccountingCost).toBe("KST 2100");
    const seller = root.AccountingSupplierParty.Party;
    expect(seller.EndpointID).toEqual({ "#text": "CHE123456788", "@_schemeID": "0183" });
    expect(seller.PartyTaxScheme.CompanyID).toBe("CHE123456788MWST");
    expect(seller.PartyLegalEntity.RegistrationName).toBe("Anliegen Beratung");
    expect(seller.PostalAddress).toMatchObject({ StreetName: "Bundesgasse 3", CityName: "Bern", PostalZone: "3011" });
    const buyer = root.AccountingCustomerParty.Party;
    expect(buyer.EndpointID).toEqual({ "#text": "CHE115635759", "@_schemeID": "0183" });
    expect(buyer.PartyLegalEntity.CompanyID).toEqual({ "#text": "CHE115635759", "@_schemeID": "0183" });
    expect(buyer.PostalAddress).toMatchObject({ StreetName: "Espace de l'Europe 10", CityName: "Neuchâtel" });
    expect(root.PaymentMeans.PaymentMeansCode).toBe("30");
    expect(root.PaymentMeans.PaymentID).toBe(document.paymentReference);
    expect(root.PaymentMeans.PayeeFinancialAccount.ID).toBe("CH4431999123000889012");
    // 2 course days at 2'400.00 and 180.00 expenses: 4'980.00 + 8.1 % = 5'383.38, payable 5'383.40.
    expect(document).toMatchObject({ netCents: 498_000, vatCents: 40_338, roundingCents: 2, payableCents: 538_340 });
    expectTotalsOf(root, document);
    expect(root.InvoiceLine).toHaveLength(document.lines.length);
    root.InvoiceLine.forEach((line: Line, index: number) => {
      expect(cents(line.LineExtensionAmount)).toBe(document.lines[index]!.netCents);
      expect(line.Item.ClassifiedTaxCategory).toMatchObject({ ID: "S", Percent: "8.1" });
    });
    expect(root.InvoiceLine[0].InvoicedQuantity).toEqual({ "#text": "2", "@_unitCode": "DAY" });
  });

  it("falls back to the buyer's e-mail as electronic address when no UID is given", async () => {
    const { document } = await issued("Kirchgemeinde Thun", "");
    const root = parser.parse(renderInvoiceUbl(document, { buyerEmail: "kasse@kg-thun.example" })).Invoice;
    expect(root.AccountingCustomerParty.Party.EndpointID).toEqual({
      "#text": "kasse@kg-thun.example",
      "@_schemeID": "EM",
    });
    expect(root.AccountingCustomerParty.Party.PartyLegalEntity.CompanyID).toBeUndefined();
  });

  it("writes a credit note as UBL CreditNote referencing the invoice", async () => {
    const { invoiceId, document: invoice } = await issued("Kanton Solothurn");
    const credit = await createCreditNote(db(), userActor(owner), { invoiceId, reason: "Doppelt verrechnet." }, NOW);
    const document = (await loadInvoiceDocument(db(), credit.invoiceId))!;
    const root = parser.parse(renderInvoiceUbl(document)).CreditNote;
    expect(root.ID).toBe(credit.number);
    expect(root.CreditNoteTypeCode).toBe("381");
    expect(root.BillingReference.InvoiceDocumentReference.ID).toBe(invoice.number);
    expect(root.PaymentMeans).toBeUndefined();
    expectTotalsOf(root, document);
    expect(root.CreditNoteLine).toHaveLength(document.lines.length);
  });

  it.skipIf(!ublSchemaAvailable())(`is valid against the UBL 2.1 XSD (${UBL_XSD_DIR})`, async () => {
    const { invoiceId, document } = await issued("Bundeskanzlei");
    expect(await validateUbl(renderInvoiceUbl(document, { buyerEmail: "x@bk.example" }), "Invoice")).toEqual([]);
    const credit = await createCreditNote(db(), userActor(owner), { invoiceId, reason: "Falscher Betrag." }, NOW);
    const creditDocument = (await loadInvoiceDocument(db(), credit.invoiceId))!;
    expect(await validateUbl(renderInvoiceUbl(creditDocument), "CreditNote")).toEqual([]);
    // The check bites: an element out of the schema's order is reported.
    const broken = renderInvoiceUbl(document).replace("<cbc:ProfileID>", "<cbc:Bogus>x</cbc:Bogus><cbc:ProfileID>");
    expect(await validateUbl(broken, "Invoice")).not.toEqual([]);
  });
});
