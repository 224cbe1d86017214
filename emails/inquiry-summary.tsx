import { formatLongDate, formatTime } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import { mailMessages } from "@/lib/mail/locale";

/** The request as the visitor entered it, in German labels: for the consultant's notification only. */
export type InquiryMailSummary = {
  reference: string;
  receivedAt: string;
  responseDueAt: string;
  contactName: string;
  organisationName: string;
  email: string;
  phone: string;
  /** Label and value in reading order, already in German (e.g. ["Format", "1 Tag"]). */
  details: [string, string][];
};

/** "Dienstag, 01.12.2026, 16:00 Uhr" */
export function formatDue(iso: string, locale?: Locale): string {
  const due = new Date(iso);
  return fill(mailMessages(locale).inquiries.notification.due, { date: formatLongDate(due), time: formatTime(due) });
}

export const sampleInquirySummary: InquiryMailSummary = {
  reference: "ANF-2026-0001",
  receivedAt: "2026-11-27T15:00:00.000Z",
  responseDueAt: "2026-12-01T15:00:00.000Z",
  contactName: "Zoë Müller-Brügger",
  organisationName: "Sozialdienst Region Thun",
  email: "zoe@verwaltung.example",
  phone: "033 123 45 67",
  details: [
    ["Organisation", "Sozialdienst Region Thun (Gemeinde oder Stadt)"],
    ["Abteilung", "Wirtschaftliche Sozialhilfe"],
    ["Teilnehmende", "12"],
    ["Schwierige Situationen", "Verärgerte Kundinnen und Kunden, Vorwürfe; Gespräche beenden"],
    ["Format", "1 Tag"],
    ["Nachricht", "Wir möchten den Kurs im Frühling durchführen."],
  ],
};
