// The issued invoice as a PDF: pdfkit in Source Sans 3 from disk, and on an invoice the Swiss
// QR-bill payment part with receipt drawn by `swissqrbill` (SIX IG QR-bill 2.3): structured
// addresses (type S), the QR reference with a QR-IBAN or the creditor reference with an IBAN, and
// the invoice number and the client's purchase order as the additional information.

import PDFDocument from "pdfkit";
import { SwissQRBill } from "swissqrbill/pdf";
import type { Data as QrBillData } from "swissqrbill/types";

import { printIban } from "@/lib/business-profile/rules";
import type { Database } from "@/lib/db/client";
import { formatAmount, formatChf, formatDate } from "@/lib/format";
import { newA4Pdf, PDF_MARGIN, pdfColors } from "@/lib/pdf-document";
import { formatVatRate } from "@/lib/proposals/pricing";

import { formatQuantity } from "./rules";
import { parseSeller, type Seller } from "./seller";

const colors = pdfColors;
const MARGIN = PDF_MARGIN;

export type InvoiceDocument = {
  id: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  number: string;
  title: string;
  introText: string;
  serviceDates: string;
  issueDate: Date;
  dueDate: Date | null;
  buyer: {
    name: string;
    department: string;
    contact: string;
    street: string;
    houseNumber: string;
    postcode: string;
    city: string;
    country: string;
    uid: string;
  };
  purchaseOrderRef: string;
  costCentre: string;
  proposalReference: string | null;
  creditedNumber: string | null;
  lines: {
    position: number;
    description: string;
    quantityHundredths: number;
    unit: string;
    unitPriceCents: number;
    vatRateBasisPoints: number;
    netCents: number;
    vatCents: number;
  }[];
  netCents: number;
  vatCents: number;
  roundingCents: number;
  payableCents: number;
  paymentReference: string | null;
  seller: Seller;
};

/** An issued invoice as its PDF shows it; null for drafts and unknown ids. */
export async function loadInvoiceDocument(db: Database, invoiceId: string): Promise<InvoiceDocument | null> {
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    include: {
      lines: { orderBy: { position: "asc" } },
      creditedInvoice: { select: { number: true } },
      inquiry: { select: { reference: true } },
    },
  });
  if (!invoice || invoice.status !== "ISSUED" || !invoice.number || !invoice.issueDate) return null;
  return {
    id: invoice.id,
    kind: invoice.kind,
    number: invoice.number,
    title: invoice.title,
    introText: invoice.introText,
    serviceDates: invoice.serviceDates,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    buyer: {
      name: invoice.buyerName,
      department: invoice.buyerDepartment,
      contact: invoice.buyerContact,
      street: invoice.buyerStreet,
      houseNumber: invoice.buyerHouseNumber,
      postcode: invoice.buyerPostcode,
      city: invoice.buyerCity,
      country: invoice.buyerCountry,
      uid: invoice.buyerUid,
    },
    purchaseOrderRef: invoice.purchaseOrderRef,
    costCentre: invoice.costCentre,
    proposalReference: invoice.inquiry?.reference ?? null,
    creditedNumber: invoice.creditedInvoice?.number ?? null,
    lines: invoice.lines,
    netCents: invoice.netCents,
    vatCents: invoice.vatCents,
    roundingCents: invoice.roundingCents,
    payableCents: invoice.payableCents,
    paymentReference: invoice.paymentReference,
    seller: parseSeller(invoice.seller),
  };
}

export function invoicePdfFileName(document: Pick<InvoiceDocument, "kind" | "number">): string {
  return `${document.kind === "CREDIT_NOTE" ? "Gutschrift" : "Rechnung"}-${document.number}.pdf`;
}

/** The QR-bill's data: what the payer's banking app reads; the test decodes and checks it. */
export function qrBillData(document: InvoiceDocument): QrBillData {
  const { seller, buyer } = document;
  const message = [
    `Rechnung ${document.number}`,
    document.purchaseOrderRef ? `Bestellung ${document.purchaseOrderRef}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  return {
    currency: "CHF",
    amount: document.payableCents / 100,
    creditor: {
      account: seller.iban,
      name: seller.name,
      address: seller.street,
      buildingNumber: seller.houseNumber || undefined,
      zip: seller.postcode,
      city: seller.city,
      country: seller.country,
    },
    debtor: {
      name: buyer.name,
      address: buyer.street,
      buildingNumber: buyer.houseNumber || undefined,
      zip: buyer.postcode,
      city: buyer.city,
      country: buyer.country,
    },
    reference: document.paymentReference ?? undefined,
    message,
    additionalInformation: swicoBillInformation(document),
  };
}

/**
 * Swico's structured bill information (S1), which accounting software reads: invoice number (10),
 * invoice date YYMMDD (11), the seller's UID digits (30), the VAT rate (32) when there is one, and
 * the payment term (40, "0:<days>").
 */
export function swicoBillInformation(document: InvoiceDocument): string {
  const date = document.issueDate.toISOString().slice(2, 10).replace(/-/g, "");
  const parts = [`/10/${document.number}`, `/11/${date}`];
  const uidDigits = document.seller.uid.replace(/\D/g, "");
  if (uidDigits) parts.push(`/30/${uidDigits}`);
  const rates = [...new Set(document.lines.map((line) => line.vatRateBasisPoints))];
  if (document.seller.vatRegistered && rates.length === 1) parts.push(`/32/${rates[0]! / 100}`);
  if (document.dueDate) {
    const days = Math.round((document.dueDate.getTime() - document.issueDate.getTime()) / 86_400_000);
    parts.push(`/40/0:${days}`);
  }
  return `//S1${parts.join("")}`;
}

export async function renderInvoicePdf(document: InvoiceDocument): Promise<Buffer> {
  const credit = document.kind === "CREDIT_NOTE";
  const { doc, finished } = newA4Pdf({
    title: `${credit ? "Gutschrift" : "Rechnung"} ${document.number}`,
    author: document.seller.name,
    subject: document.title,
  });
  draw(doc, document);
  // The payment part goes at the foot of the last page, or on a page of its own if the lines
  // leave less than its 105 mm (swissqrbill adds the page itself).
  if (!credit) new SwissQRBill(qrBillData(document), { language: "DE", fontName: "Helvetica" }).attachTo(doc);
  doc.end();
  return finished;
}

type Doc = InstanceType<typeof PDFDocument>;

function draw(doc: Doc, document: InvoiceDocument): void {
  const { seller, buyer } = document;
  const full = doc.page.width - MARGIN * 2;
  const credit = document.kind === "CREDIT_NOTE";

  doc
    .font("bold")
    .fontSize(16)
    .fillColor(colors.brand)
    .text(seller.name, MARGIN, MARGIN, { width: full / 2 });
  doc.font("regular").fontSize(9).fillColor(colors.muted);
  const sellerLines = [
    seller.person,
    [seller.street, seller.houseNumber].filter(Boolean).join(" "),
    `${seller.postcode} ${seller.city}`,
    [seller.email, seller.phone].filter(Boolean).join(" · "),
    seller.website,
    seller.uid ? `UID ${seller.uid}` : "",
  ].filter(Boolean);
  doc.text(sellerLines.join("\n"), { width: full / 2 });

  // The buyer in the right-hand window of a C5 envelope (Swiss letter standard SN 010130).
  const buyerLines = [
    buyer.name,
    buyer.department,
    buyer.contact,
    [buyer.street, buyer.houseNumber].filter(Boolean).join(" "),
    `${buyer.country === "CH" ? "" : `${buyer.country}-`}${buyer.postcode} ${buyer.city}`,
  ].filter(Boolean);
  doc
    .font("regular")
    .fontSize(11)
    .fillColor(colors.ink)
    .text(buyerLines.join("\n"), MARGIN + full / 2 + 20, 150, {
      width: full / 2 - 20,
    });

  doc.x = MARGIN;
  doc.y = Math.max(doc.y, 250);
  doc
    .font("bold")
    .fontSize(18)
    .fillColor(colors.brand)
    .text(`${credit ? "Gutschrift" : "Rechnung"} ${document.number}`, MARGIN, doc.y, { width: full });
  doc.font("regular").fontSize(11).fillColor(colors.ink).text(document.title, { width: full });
  doc.moveDown(0.6);

  const facts: [string, string][] = [
    [credit ? "Datum" : "Rechnungsdatum", formatDate(document.issueDate)],
    ...(document.dueDate ? [["Zahlbar bis", formatDate(document.dueDate)] as [string, string]] : []),
    ...(document.creditedNumber ? [["Zu Rechnung", document.creditedNumber] as [string, string]] : []),
    ...(document.purchaseOrderRef ? [["Ihre Bestellnummer", document.purchaseOrderRef] as [string, string]] : []),
    ...(document.costCentre ? [["Kostenstelle", document.costCentre] as [string, string]] : []),
    ...(buyer.uid ? [["Ihre UID", buyer.uid] as [string, string]] : []),
    ...(document.serviceDates ? [["Kursdaten", document.serviceDates] as [string, string]] : []),
    ...(document.proposalReference ? [["Unsere Referenz", document.proposalReference] as [string, string]] : []),
  ];
  for (const [label, value] of facts) {
    const y = doc.y;
    doc.font("bold").fontSize(10).text(label, MARGIN, y, { width: 130 });
    doc.font("regular").text(value, MARGIN + 130, y, { width: full - 130 });
  }
  if (document.introText) {
    doc.moveDown(0.8).font("regular").fontSize(11).text(document.introText, MARGIN, doc.y, { width: full });
  }
  doc.moveDown(0.8);
  drawLines(doc, document, full);
  drawTotals(doc, document, full);

  if (!credit) {
    doc.moveDown(0.8);
    doc
      .font("regular")
      .fontSize(10)
      .fillColor(colors.ink)
      .text(
        `Bitte überweisen Sie den Betrag bis ${document.dueDate ? formatDate(document.dueDate) : "zum Fälligkeitsdatum"} mit dem QR-Einzahlungsschein oder auf ${printIban(seller.iban)}${seller.bankName ? ` (${seller.bankName})` : ""}, Referenz ${document.paymentReference ?? document.number}.`,
        MARGIN,
        doc.y,
        { width: full },
      );
  }
  if (!seller.vatRegistered) {
    doc.moveDown(0.4).fontSize(9).fillColor(colors.muted).text("Nicht mehrwertsteuerpflichtig.", { width: full });
  }
}

const columns = (full: number) => ({
  position: { x: MARGIN, width: 28 },
  description: { x: MARGIN + 28, width: full - 28 - 60 - 75 - 45 - 80 },
  quantity: { x: MARGIN + full - 260, width: 60 },
  price: { x: MARGIN + full - 200, width: 75 },
  vat: { x: MARGIN + full - 125, width: 45 },
  amount: { x: MARGIN + full - 80, width: 80 },
});

function drawLines(doc: Doc, document: InvoiceDocument, full: number): void {
  const col = columns(full);
  const header = doc.y;
  doc.font("bold").fontSize(9).fillColor(colors.muted);
  doc.text("Pos.", col.position.x, header, { width: col.position.width });
  doc.text("Leistung", col.description.x, header, { width: col.description.width });
  doc.text("Menge", col.quantity.x, header, { width: col.quantity.width, align: "right" });
  doc.text("Preis CHF", col.price.x, header, { width: col.price.width, align: "right" });
  doc.text("MWST", col.vat.x, header, { width: col.vat.width, align: "right" });
  doc.text("Betrag CHF", col.amount.x, header, { width: col.amount.width, align: "right" });
  doc
    .moveTo(MARGIN, doc.y + 2)
    .lineTo(MARGIN + full, doc.y + 2)
    .strokeColor(colors.line)
    .stroke();
  doc.moveDown(0.4);
  doc.font("regular").fontSize(10).fillColor(colors.ink);
  for (const line of document.lines) {
    if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
    const y = doc.y;
    const quantity = `${formatQuantity(line.quantityHundredths)}${line.unit ? ` ${line.unit}` : ""}`;
    doc.text(String(line.position), col.position.x, y, { width: col.position.width });
    doc.text(line.description, col.description.x, y, { width: col.description.width });
    const after = doc.y;
    doc.text(quantity, col.quantity.x, y, { width: col.quantity.width, align: "right" });
    doc.text(formatAmount(line.unitPriceCents), col.price.x, y, { width: col.price.width, align: "right" });
    doc.text(formatVatRate(line.vatRateBasisPoints), col.vat.x, y, { width: col.vat.width, align: "right" });
    doc.text(formatAmount(line.netCents), col.amount.x, y, { width: col.amount.width, align: "right" });
    doc.y = Math.max(after, doc.y) + 4;
  }
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + full, doc.y)
    .strokeColor(colors.line)
    .stroke();
  doc.moveDown(0.4);
}

function drawTotals(doc: Doc, document: InvoiceDocument, full: number): void {
  const groups = new Map<number, { taxable: number; vat: number }>();
  for (const line of document.lines) {
    const group = groups.get(line.vatRateBasisPoints) ?? { taxable: 0, vat: 0 };
    group.taxable += line.netCents;
    group.vat += line.vatCents;
    groups.set(line.vatRateBasisPoints, group);
  }
  const rows: [string, string, boolean][] = [["Total netto", formatAmount(document.netCents), false]];
  for (const [rate, group] of groups) {
    if (rate === 0 && !document.seller.vatRegistered) continue;
    rows.push([`MWST ${formatVatRate(rate)} auf ${formatAmount(group.taxable)}`, formatAmount(group.vat), false]);
  }
  if (document.roundingCents !== 0) rows.push(["Rundung", formatAmount(document.roundingCents), false]);
  rows.push([
    document.kind === "CREDIT_NOTE" ? "Gutschrift total" : "Rechnungsbetrag",
    formatChf(document.payableCents),
    true,
  ]);
  const labelX = MARGIN + full - 330;
  for (const [label, value, bold] of rows) {
    const y = doc.y;
    doc.font(bold ? "bold" : "regular").fontSize(bold ? 11 : 10);
    doc.text(label, labelX, y, { width: 240 });
    doc.text(value, MARGIN + full - 90, y, { width: 90, align: "right" });
  }
}
