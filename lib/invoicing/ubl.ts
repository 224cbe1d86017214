// An issued invoice as a PEPPOL BIS Billing 3.0 UBL 2.1 document (a CIUS of EN 16931) with the
// SwissDIGIN fields the federal administration reads: buyer reference = purchase order, the
// buyer's UID where given, the seller's UID and VAT number. A credit note becomes a UBL CreditNote
// that references the invoice it corrects. Written from the same InvoiceDocument the PDF prints,
// so the totals cannot differ (decision 0025, "E-invoice").
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";

import type { InvoiceDocument } from "./pdf";
import { formatQuantity } from "./rules";

const NS = {
  invoice: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  creditNote: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
};

export const PEPPOL_CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
export const PEPPOL_PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
/** EAS code of the Swiss UID (CHE…) as electronic address and legal identifier. */
const SWISS_UID_SCHEME = "0183";
/** UNCL 4461: 30 = credit transfer (the QR-bill's payment), 58 would be SEPA only. */
const CREDIT_TRANSFER = "30";

/** Centimes as the XML decimal EN 16931 wants: two decimals, a point, no grouping. */
export function ublAmount(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** "CHE-123.456.789 MWST" -> "CHE123456789" (the UID as the 0183 scheme wants it). */
export function uidDigits(uid: string): string {
  const digits = uid.replace(/\D/g, "");
  return digits.length === 9 ? `CHE${digits}` : "";
}

/** UN/ECE Rec. 20 unit codes for the units the app writes; anything else counts pieces. */
function unitCode(unit: string): string {
  const lower = unit.toLowerCase();
  if (lower.startsWith("kurstag") || lower.startsWith("tag")) return "DAY";
  if (lower.startsWith("stunde") || lower === "h") return "HUR";
  return "C62";
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** VAT category: S (standard) with the rate when registered, O (outside VAT) when not. */
function taxCategory(parent: XMLBuilder, element: string, document: InvoiceDocument, basisPoints: number) {
  const category = parent.ele(NS.cac, element);
  if (document.seller.vatRegistered) {
    category.ele(NS.cbc, "cbc:ID").txt("S");
    category.ele(NS.cbc, "cbc:Percent").txt(String(basisPoints / 100));
  } else {
    category.ele(NS.cbc, "cbc:ID").txt("O");
    if (element === "cac:TaxCategory") {
      category.ele(NS.cbc, "cbc:TaxExemptionReason").txt("Nicht mehrwertsteuerpflichtig");
    }
  }
  category.ele(NS.cac, "cac:TaxScheme").ele(NS.cbc, "cbc:ID").txt("VAT");
  return category;
}

function postalAddress(
  parent: XMLBuilder,
  address: { street: string; houseNumber: string; postcode: string; city: string; country: string },
) {
  const node = parent.ele(NS.cac, "cac:PostalAddress");
  // PEPPOL has no building number (BT-35 is one line): street and number go together.
  const street = [address.street, address.houseNumber].filter(Boolean).join(" ");
  if (street) node.ele(NS.cbc, "cbc:StreetName").txt(street);
  if (address.city) node.ele(NS.cbc, "cbc:CityName").txt(address.city);
  if (address.postcode) node.ele(NS.cbc, "cbc:PostalZone").txt(address.postcode);
  node
    .ele(NS.cac, "cac:Country")
    .ele(NS.cbc, "cbc:IdentificationCode")
    .txt(address.country || "CH");
}

function supplierParty(root: XMLBuilder, document: InvoiceDocument) {
  const { seller } = document;
  const uid = uidDigits(seller.uid);
  const party = root.ele(NS.cac, "cac:AccountingSupplierParty").ele(NS.cac, "cac:Party");
  if (uid) party.ele(NS.cbc, "cbc:EndpointID", { schemeID: SWISS_UID_SCHEME }).txt(uid);
  else party.ele(NS.cbc, "cbc:EndpointID", { schemeID: "EM" }).txt(seller.email);
  party.ele(NS.cac, "cac:PartyName").ele(NS.cbc, "cbc:Name").txt(seller.name);
  postalAddress(party, seller);
  if (seller.vatRegistered && uid) {
    const scheme = party.ele(NS.cac, "cac:PartyTaxScheme");
    scheme.ele(NS.cbc, "cbc:CompanyID").txt(`${uid}MWST`);
    scheme.ele(NS.cac, "cac:TaxScheme").ele(NS.cbc, "cbc:ID").txt("VAT");
  }
  const legal = party.ele(NS.cac, "cac:PartyLegalEntity");
  legal.ele(NS.cbc, "cbc:RegistrationName").txt(seller.name);
  if (uid) legal.ele(NS.cbc, "cbc:CompanyID", { schemeID: SWISS_UID_SCHEME }).txt(uid);
  const contact = party.ele(NS.cac, "cac:Contact");
  if (seller.person) contact.ele(NS.cbc, "cbc:Name").txt(seller.person);
  if (seller.phone) contact.ele(NS.cbc, "cbc:Telephone").txt(seller.phone);
  if (seller.email) contact.ele(NS.cbc, "cbc:ElectronicMail").txt(seller.email);
}

function customerParty(root: XMLBuilder, document: InvoiceDocument, buyerEmail: string) {
  const { buyer } = document;
  const uid = uidDigits(buyer.uid);
  const party = root.ele(NS.cac, "cac:AccountingCustomerParty").ele(NS.cac, "cac:Party");
  // PEPPOL wants an electronic address (BT-49): the UID where given, else the buyer's e-mail.
  if (uid) party.ele(NS.cbc, "cbc:EndpointID", { schemeID: SWISS_UID_SCHEME }).txt(uid);
  else if (buyerEmail) party.ele(NS.cbc, "cbc:EndpointID", { schemeID: "EM" }).txt(buyerEmail);
  party.ele(NS.cac, "cac:PartyName").ele(NS.cbc, "cbc:Name").txt(buyer.name);
  postalAddress(party, buyer);
  const legal = party.ele(NS.cac, "cac:PartyLegalEntity");
  legal.ele(NS.cbc, "cbc:RegistrationName").txt(buyer.name);
  if (uid) legal.ele(NS.cbc, "cbc:CompanyID", { schemeID: SWISS_UID_SCHEME }).txt(uid);
  if (buyer.contact || buyer.department) {
    const contact = party.ele(NS.cac, "cac:Contact");
    contact.ele(NS.cbc, "cbc:Name").txt([buyer.contact, buyer.department].filter(Boolean).join(", "));
  }
}

/** The reference PEPPOL requires (BT-10 or BT-13, rule R003): the PO, else the cost centre, else the contact. */
export function buyerReference(document: InvoiceDocument): string {
  return document.purchaseOrderRef || document.costCentre || document.buyer.contact || document.buyer.name;
}

/** The UBL XML of an issued invoice or credit note. */
export function renderInvoiceUbl(document: InvoiceDocument, options: { buyerEmail?: string } = {}): string {
  const credit = document.kind === "CREDIT_NOTE";
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const root = doc.ele(credit ? NS.creditNote : NS.invoice, credit ? "CreditNote" : "Invoice", {
    "xmlns:cac": NS.cac,
    "xmlns:cbc": NS.cbc,
  });
  const cbc = (parent: XMLBuilder, name: string, text: string, attributes?: Record<string, string>) =>
    parent.ele(NS.cbc, `cbc:${name}`, attributes).txt(text);

  cbc(root, "CustomizationID", PEPPOL_CUSTOMIZATION_ID);
  cbc(root, "ProfileID", PEPPOL_PROFILE_ID);
  cbc(root, "ID", document.number);
  cbc(root, "IssueDate", isoDate(document.issueDate));
  if (!credit && document.dueDate) cbc(root, "DueDate", isoDate(document.dueDate));
  cbc(root, credit ? "CreditNoteTypeCode" : "InvoiceTypeCode", credit ? "381" : "380");
  const note = [document.title, document.serviceDates && `Kursdaten: ${document.serviceDates}`]
    .filter(Boolean)
    .join(". ");
  if (note) cbc(root, "Note", note);
  cbc(root, "DocumentCurrencyCode", "CHF");
  if (document.costCentre) cbc(root, "AccountingCost", document.costCentre);
  cbc(root, "BuyerReference", buyerReference(document));
  if (document.purchaseOrderRef)
    root.ele(NS.cac, "cac:OrderReference").ele(NS.cbc, "cbc:ID").txt(document.purchaseOrderRef);
  if (credit && document.creditedNumber) {
    root
      .ele(NS.cac, "cac:BillingReference")
      .ele(NS.cac, "cac:InvoiceDocumentReference")
      .ele(NS.cbc, "cbc:ID")
      .txt(document.creditedNumber);
  }
  supplierParty(root, document);
  customerParty(root, document, options.buyerEmail ?? "");

  if (!credit) {
    const means = root.ele(NS.cac, "cac:PaymentMeans");
    cbc(means, "PaymentMeansCode", CREDIT_TRANSFER);
    if (document.paymentReference) cbc(means, "PaymentID", document.paymentReference);
    const account = means.ele(NS.cac, "cac:PayeeFinancialAccount");
    cbc(account, "ID", document.seller.iban);
    cbc(account, "Name", document.seller.name);
    if (document.dueDate) {
      root
        .ele(NS.cac, "cac:PaymentTerms")
        .ele(NS.cbc, "cbc:Note")
        .txt(`Zahlbar bis ${isoDate(document.dueDate)}`);
    }
  }

  const taxTotal = root.ele(NS.cac, "cac:TaxTotal");
  cbc(taxTotal, "TaxAmount", ublAmount(document.vatCents), { currencyID: "CHF" });
  for (const group of vatGroups(document)) {
    const subtotal = taxTotal.ele(NS.cac, "cac:TaxSubtotal");
    cbc(subtotal, "TaxableAmount", ublAmount(group.taxableCents), { currencyID: "CHF" });
    cbc(subtotal, "TaxAmount", ublAmount(group.vatCents), { currencyID: "CHF" });
    taxCategory(subtotal, "cac:TaxCategory", document, group.vatRateBasisPoints);
  }

  const totals = root.ele(NS.cac, "cac:LegalMonetaryTotal");
  cbc(totals, "LineExtensionAmount", ublAmount(document.netCents), { currencyID: "CHF" });
  cbc(totals, "TaxExclusiveAmount", ublAmount(document.netCents), { currencyID: "CHF" });
  cbc(totals, "TaxInclusiveAmount", ublAmount(document.netCents + document.vatCents), { currencyID: "CHF" });
  if (document.roundingCents !== 0) {
    cbc(totals, "PayableRoundingAmount", ublAmount(document.roundingCents), { currencyID: "CHF" });
  }
  cbc(totals, "PayableAmount", ublAmount(document.payableCents), { currencyID: "CHF" });

  for (const line of document.lines) {
    const node = root.ele(NS.cac, credit ? "cac:CreditNoteLine" : "cac:InvoiceLine");
    cbc(node, "ID", String(line.position));
    cbc(
      node,
      credit ? "CreditedQuantity" : "InvoicedQuantity",
      formatQuantity(line.quantityHundredths).replace(",", "."),
      {
        unitCode: unitCode(line.unit),
      },
    );
    cbc(node, "LineExtensionAmount", ublAmount(line.netCents), { currencyID: "CHF" });
    const item = node.ele(NS.cac, "cac:Item");
    cbc(item, "Name", line.description);
    taxCategory(item, "cac:ClassifiedTaxCategory", document, line.vatRateBasisPoints);
    cbc(node.ele(NS.cac, "cac:Price"), "PriceAmount", ublAmount(line.unitPriceCents), { currencyID: "CHF" });
  }
  return doc.end({ prettyPrint: true });
}

/** The VAT breakdown as the stored lines give it (per rate, the sum of the lines' stored amounts). */
function vatGroups(document: InvoiceDocument) {
  const groups = new Map<number, { vatRateBasisPoints: number; taxableCents: number; vatCents: number }>();
  for (const line of document.lines) {
    const group = groups.get(line.vatRateBasisPoints) ?? {
      vatRateBasisPoints: line.vatRateBasisPoints,
      taxableCents: 0,
      vatCents: 0,
    };
    group.taxableCents += line.netCents;
    group.vatCents += line.vatCents;
    groups.set(line.vatRateBasisPoints, group);
  }
  return [...groups.values()].sort((a, b) => b.vatRateBasisPoints - a.vatRateBasisPoints);
}

export function invoiceXmlFileName(document: Pick<InvoiceDocument, "kind" | "number">): string {
  return `${document.kind === "CREDIT_NOTE" ? "Gutschrift" : "Rechnung"}-${document.number}.xml`;
}
