// The course certificate ("Kursbestätigung") as PDF, drawn with pdfkit in Source Sans 3 from the
// @fontsource package on disk, like the proposal PDF: one A4 page per participant, so the same
// renderer writes one participant's file and the file of all of them.

import PDFDocument from "pdfkit";

import { formatDate } from "@/lib/format";
import { newA4Pdf } from "@/lib/pdf-document";

import type { RunCertificates } from "./queries";
import { attendanceText, hoursText, isPartialAttendance, type CertificateParticipant } from "./rules";

const colors = { ink: "#1c2a33", muted: "#4a5a64", brand: "#1f5566", line: "#8a969d" };
const MARGIN = 64;

type Doc = InstanceType<typeof PDFDocument>;

export async function renderCertificatesPdf(
  run: RunCertificates,
  participants: CertificateParticipant[],
): Promise<Buffer> {
  const { doc, finished } = newA4Pdf(
    {
      title: `Kursbestätigung: ${run.courseTitle}`,
      author: run.consultantName || run.businessName || "Anliegen",
      subject: participants.length === 1 ? `Kursbestätigung für ${participants[0]!.name}` : "Kursbestätigungen",
    },
    { autoFirstPage: false, margin: MARGIN },
  );
  for (const participant of participants) {
    doc.addPage();
    drawCertificate(doc, run, participant);
  }
  doc.end();
  return finished;
}

function list(doc: Doc, title: string, items: string[]): void {
  if (items.length === 0) return;
  doc.moveDown(0.8).font("bold").fontSize(12).fillColor(colors.brand).text(title);
  doc.moveDown(0.2).font("regular").fontSize(11).fillColor(colors.ink);
  for (const item of items) doc.text(`–  ${item}`, { indent: 4, lineGap: 1 });
}

function drawCertificate(doc: Doc, run: RunCertificates, participant: CertificateParticipant): void {
  const width = doc.page.width - MARGIN * 2;
  doc
    .font("bold")
    .fontSize(16)
    .fillColor(colors.brand)
    .text(run.businessName || "Anliegen", MARGIN, MARGIN);
  doc.moveDown(2.2).font("bold").fontSize(26).fillColor(colors.ink).text("Kursbestätigung");
  doc.moveDown(1).font("regular").fontSize(12).text("Hiermit wird bestätigt, dass");
  doc.moveDown(0.4).font("bold").fontSize(18).text(participant.name);
  doc
    .moveDown(0.4)
    .font("regular")
    .fontSize(12)
    .text(participant.totalDays === 1 ? "am Kurs" : `${attendanceText(participant)} am Kurs`);
  doc.moveDown(0.4).font("bold").fontSize(16).fillColor(colors.brand).text(run.courseTitle);
  doc.moveDown(0.4).font("regular").fontSize(12).fillColor(colors.ink).text("teilgenommen hat.");

  const allDates = run.days.map((day) => formatDate(day.date));
  const attendedDates = participant.attendedDays.map((day) => allDates[day - 1]).filter(Boolean);
  const facts: [string, string][] = [
    ...(run.client ? ([["Auftraggeber", run.client]] as [string, string][]) : []),
    ["Kursdaten", allDates.join(", ")],
    ...(isPartialAttendance(participant)
      ? ([["Teilgenommen", `${attendanceText(participant)} (${attendedDates.join(", ")})`]] as [string, string][])
      : []),
    ["Dauer", hoursText(participant.minutes)],
  ];
  doc.moveDown(1.2);
  for (const [label, value] of facts) {
    const top = doc.y;
    doc.font("bold").fontSize(11).text(label, MARGIN, top, { width: 120 });
    doc.font("regular").text(value, MARGIN + 126, top, { width: width - 126 });
    doc.x = MARGIN;
    doc.moveDown(0.3);
  }
  list(doc, "Ziele des Kurses", run.goals);
  list(doc, "Behandelte Inhalte", run.modules);

  // The signature block sits at the foot of the page whatever the lists above took.
  const lineY = Math.max(doc.y + 60, doc.page.height - MARGIN - 90);
  doc
    .moveTo(MARGIN, lineY)
    .lineTo(MARGIN + 220, lineY)
    .strokeColor(colors.line)
    .lineWidth(0.75)
    .stroke();
  doc
    .font("regular")
    .fontSize(11)
    .fillColor(colors.ink)
    .text(run.consultantName || run.businessName || "Kursleitung", MARGIN, lineY + 6, { width: 300 });
  doc.fontSize(10).fillColor(colors.muted).text("Kursleitung");
  doc.x = MARGIN;
}
