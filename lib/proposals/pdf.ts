// The proposal as a PDF, drawn with pdfkit (pure JavaScript, no browser) in Source Sans 3 from
// the @fontsource package on disk: no network at any point. Same sections as the web page.

import PDFDocument from "pdfkit";

import { formatChf, formatDuration } from "@/lib/format";
import { greeting } from "@/lib/greeting";
import { newA4Pdf, PDF_MARGIN, pdfColors } from "@/lib/pdf-document";

import { feeLabel, formatDateKey, paragraphsOf, vatLabel, type ProposalSnapshot } from "./snapshot";

const colors = pdfColors;
const MARGIN = PDF_MARGIN;

export function proposalPdfFileName(snapshot: ProposalSnapshot): string {
  const version = snapshot.version > 0 ? `-v${snapshot.version}` : "-entwurf";
  return `Offerte-${snapshot.reference}${version}.pdf`;
}

export async function renderProposalPdf(snapshot: ProposalSnapshot): Promise<Buffer> {
  const { doc, finished } = newA4Pdf({
    title: `Offerte: ${snapshot.title}`,
    author: snapshot.consultant.name,
    subject: `Offerte für ${snapshot.client.organisationName} (${snapshot.reference})`,
  });
  draw(doc, snapshot);
  doc.end();
  return finished;
}

type Doc = InstanceType<typeof PDFDocument>;

function width(doc: Doc): number {
  return doc.page.width - MARGIN * 2;
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function heading(doc: Doc, text: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.8).font("bold").fontSize(15).fillColor(colors.brand).text(text);
  doc.moveDown(0.3).font("regular").fontSize(11).fillColor(colors.ink);
}

function paragraphs(doc: Doc, text: string): void {
  for (const paragraph of paragraphsOf(text)) {
    doc.font("regular").fontSize(11).fillColor(colors.ink).text(paragraph, { lineGap: 2 });
    doc.moveDown(0.5);
  }
}

type Cell = {
  text: string;
  /** A second line in regular type, e.g. a module's description under its title. */
  sub?: string;
  x: number;
  width: number;
  bold?: boolean;
  align?: "left" | "right";
  muted?: boolean;
};

function cellHeight(doc: Doc, cell: Cell): number {
  const main = doc.font(cell.bold ? "bold" : "regular").heightOfString(cell.text, { width: cell.width });
  return main + (cell.sub ? doc.font("regular").heightOfString(cell.sub, { width: cell.width }) : 0);
}

/** One table row: cells at fixed columns, the row as high as its tallest cell. */
function row(doc: Doc, cells: Cell[]): void {
  const height = Math.max(...cells.map((cell) => cellHeight(doc, cell))) + 6;
  ensureSpace(doc, height);
  const top = doc.y;
  doc
    .moveTo(MARGIN, top)
    .lineTo(MARGIN + width(doc), top)
    .strokeColor(colors.line)
    .lineWidth(0.5)
    .stroke();
  for (const cell of cells) {
    doc
      .font(cell.bold ? "bold" : "regular")
      .fillColor(cell.muted ? colors.muted : colors.ink)
      .text(cell.text, MARGIN + cell.x, top + 3, { width: cell.width, align: cell.align ?? "left" });
    if (cell.sub) doc.font("regular").fillColor(colors.muted).text(cell.sub, { width: cell.width });
  }
  doc.font("regular").fillColor(colors.ink);
  doc.x = MARGIN;
  doc.y = top + height;
}

function draw(doc: Doc, snapshot: ProposalSnapshot): void {
  const full = width(doc);
  // Letterhead
  doc.font("bold").fontSize(18).fillColor(colors.brand).text("Anliegen", MARGIN, MARGIN);
  doc.font("regular").fontSize(10).fillColor(colors.muted).text("Beratung und Training für Kundenorientierung");
  doc.text(`${snapshot.consultant.name} · ${snapshot.consultant.email}`);
  if (snapshot.consultant.lines?.length) doc.text(snapshot.consultant.lines.join(" · "));
  doc
    .fontSize(10)
    .text(
      `${snapshot.reference} · ${snapshot.version > 0 ? `Version ${snapshot.version}` : "Entwurf"}`,
      MARGIN,
      MARGIN,
      {
        width: full,
        align: "right",
      },
    );
  doc.x = MARGIN;
  doc.y = MARGIN + 60;

  const client = [snapshot.client.organisationName, snapshot.client.department].filter(Boolean).join(", ");
  doc.font("regular").fontSize(11).fillColor(colors.muted).text(`Offerte für ${client}`);
  doc.moveDown(0.3).font("bold").fontSize(20).fillColor(colors.ink).text(snapshot.title);
  doc
    .moveDown(0.8)
    .font("regular")
    .fontSize(11)
    .text(greeting(snapshot.client.contactName, snapshot.client.salutation));
  doc
    .moveDown(0.5)
    .text(
      "Herzlichen Dank für Ihr Interesse. Gerne schlage ich Ihnen einen Kurs vor, der auf die Aufgaben und Situationen Ihres Teams zugeschnitten ist.",
    );

  heading(doc, "Ausgangslage, wie ich sie verstehe");
  paragraphs(doc, snapshot.situation);
  if (snapshot.roleNotes) {
    doc.font("bold").text("Rollen im Kundenkontakt");
    paragraphs(doc, snapshot.roleNotes);
  }
  if (snapshot.rolePlaySituations) {
    doc.font("bold").text("Typische Situationen für die Rollenspiele");
    paragraphs(doc, snapshot.rolePlaySituations);
  }

  heading(doc, "Ziele");
  snapshot.goals.forEach((goal, index) => {
    ensureSpace(doc, 30);
    doc.font("bold").text(`${index + 1}. ${goal.title}`);
    if (goal.description) doc.font("regular").fillColor(colors.muted).text(goal.description, { indent: 14 });
    doc.fillColor(colors.ink).moveDown(0.3);
  });

  heading(doc, "Programm");
  for (const day of snapshot.agenda) {
    ensureSpace(doc, 50);
    doc.font("bold").fontSize(12).text(`Tag ${day.day}, ${day.start}–${day.end} Uhr`);
    doc.fontSize(10.5).moveDown(0.2);
    for (const item of day.items) {
      row(doc, [
        { text: `${item.start}–${item.end}`, x: 0, width: 80, muted: item.kind === "BREAK" },
        {
          text: item.title,
          sub: item.kind !== "BREAK" && item.description ? item.description : undefined,
          x: 86,
          width: full - 86 - 80,
          bold: item.kind !== "BREAK",
          muted: item.kind === "BREAK",
        },
        { text: formatDuration(item.durationMinutes), x: full - 74, width: 74, align: "right", muted: true },
      ]);
    }
    doc.fontSize(11).moveDown(0.6);
  }

  if (snapshot.method) {
    heading(doc, "Methode");
    paragraphs(doc, snapshot.method);
  }

  heading(doc, "Rahmen");
  const logistics: [string, string][] = [
    ["Kursort", snapshot.logistics.venue || "nach Absprache"],
    ["Daten", snapshot.logistics.datesWished || "nach Absprache"],
    [
      "Teilnehmende",
      snapshot.logistics.participants ? `${snapshot.logistics.participants} Personen` : "nach Absprache",
    ],
  ];
  for (const [label, value] of logistics) {
    row(doc, [
      { text: label, x: 0, width: 120, bold: true },
      { text: value, x: 126, width: full - 126 },
    ]);
  }

  heading(doc, "Preis");
  const price = snapshot.price;
  const lines: [string, number, boolean][] = [
    [`Honorar (${feeLabel(price)})`, price.feeCents, false],
    ["Spesen", price.expensesCents, false],
    ["Total exkl. MWST", price.netCents, false],
    [vatLabel(price), price.vatCents, false],
    ["Total inkl. MWST", price.totalCents, true],
  ];
  for (const [label, cents, bold] of lines) {
    row(doc, [
      { text: label, x: 0, width: full - 130, bold },
      { text: formatChf(cents), x: full - 130, width: 130, align: "right", bold },
    ]);
  }
  doc.moveDown(0.5);
  if (price.purchaseOrderRef) doc.text(`Bestellnummer: ${price.purchaseOrderRef}`);
  if (price.costCentre) doc.text(`Kostenstelle: ${price.costCentre}`);
  doc.text(`Diese Offerte ist gültig bis ${formatDateKey(snapshot.validUntil)}.`);

  if (snapshot.nextSteps) {
    heading(doc, "Nächste Schritte");
    paragraphs(doc, snapshot.nextSteps);
  }
  ensureSpace(doc, 40);
  doc.moveDown(0.5).text(`Freundliche Grüsse\n${snapshot.consultant.name}`);
}
