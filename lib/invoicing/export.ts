// Invoices and payments as CSV for the bookkeeping (decision 0030): UTF-8 with BOM, semicolons,
// dates dd.mm.yyyy, amounts as plain numbers with a decimal point and no thousands separator
// ("1250.00", credit notes negative), which Excel de-CH and the Swiss bookkeeping tools read as
// numbers; the apostrophe of "1'250.00" is text to most importers.
import { buildCsv } from "@/lib/csv";
import type { Database } from "@/lib/db/client";
import { formatDate } from "@/lib/format";

import { balanceOf, paymentStateLabels } from "./rules";

export type ExportKind = "rechnungen" | "zahlungen";
/** Calendar days, both included. */
export type ExportPeriod = { from: string; to: string; label: string };

const QUARTERS = { Q1: ["01", "03"], Q2: ["04", "06"], Q3: ["07", "09"], Q4: ["10", "12"] } as const;

function lastDayOf(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The period a download asks for: a year, a quarter ("Q1") or a month ("03") of it; null for
 * anything else (the form offers only these, so only a hand-made address gets here).
 */
export function exportPeriod(year: string | null, part: string | null): ExportPeriod | null {
  if (!year || !/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > 2100) return null;
  const y = Number(year);
  if (!part) return { from: `${year}-01-01`, to: `${year}-12-31`, label: year };
  if (part in QUARTERS) {
    const [first, last] = QUARTERS[part as keyof typeof QUARTERS];
    return { from: `${year}-${first}-01`, to: lastDayOf(y, Number(last)), label: `${year}-${part.toLowerCase()}` };
  }
  if (/^(0[1-9]|1[0-2])$/.test(part)) {
    return { from: `${year}-${part}-01`, to: lastDayOf(y, Number(part)), label: `${year}-${part}` };
  }
  return null;
}

/** 125000 -> "1250.00", -50000 -> "-500.00": what bookkeeping imports read as a number. */
export function csvAmount(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, "0")}`;
}

/** 810 -> "8.1", 0 -> "0"; several rates (not issued today) joined. */
function vatRates(lines: readonly { vatRateBasisPoints: number }[]): string {
  return [...new Set(lines.map((line) => line.vatRateBasisPoints))].map((rate) => String(rate / 100)).join(" / ");
}

const day = (key: string) => new Date(`${key}T00:00:00Z`);

export async function invoicesCsv(db: Database, period: ExportPeriod) {
  const invoices = await db.invoice.findMany({
    where: { status: "ISSUED", issueDate: { gte: day(period.from), lte: day(period.to) } },
    orderBy: [{ issueDate: "asc" }, { number: "asc" }],
    include: {
      lines: { select: { vatRateBasisPoints: true } },
      payments: { select: { amountCents: true } },
      creditNotes: { where: { status: "ISSUED" }, select: { payableCents: true } },
      creditedInvoice: { select: { number: true } },
      inquiry: { select: { reference: true } },
    },
  });
  const rows = invoices.map((invoice) => {
    const credit = invoice.kind === "CREDIT_NOTE";
    const sign = credit ? -1 : 1;
    const balance = balanceOf({ ...invoice, credits: invoice.creditNotes });
    return [
      invoice.number,
      credit ? "Gutschrift" : "Rechnung",
      invoice.issueDate ? formatDate(invoice.issueDate) : "",
      invoice.dueDate ? formatDate(invoice.dueDate) : "",
      invoice.buyerName,
      invoice.buyerDepartment,
      invoice.buyerContact,
      invoice.buyerUid,
      invoice.purchaseOrderRef,
      invoice.costCentre,
      invoice.title,
      invoice.creditedInvoice?.number ?? "",
      csvAmount(sign * invoice.netCents),
      vatRates(invoice.lines),
      csvAmount(sign * invoice.vatCents),
      csvAmount(sign * invoice.roundingCents),
      csvAmount(sign * invoice.payableCents),
      credit ? "" : csvAmount(balance.paidCents),
      credit ? "" : csvAmount(balance.creditedCents),
      credit ? "" : csvAmount(balance.openCents),
      paymentStateLabels[balance.state],
      invoice.paymentReference ?? "",
      invoice.inquiry?.reference ?? "",
    ];
  });
  return {
    filename: `rechnungen-${period.label}.csv`,
    csv: buildCsv(
      [
        "Belegnummer",
        "Belegart",
        "Datum",
        "Fällig am",
        "Kunde",
        "Abteilung",
        "Kontaktperson",
        "UID Kunde",
        "Bestellnummer",
        "Kostenstelle",
        "Bezeichnung",
        "Zu Rechnung",
        "Netto CHF",
        "MWST-Satz %",
        "MWST CHF",
        "Rundung CHF",
        "Total CHF",
        "Bezahlt CHF",
        "Gutgeschrieben CHF",
        "Offen CHF",
        "Stand",
        "Zahlungsreferenz",
        "Anfrage",
      ],
      rows,
    ),
  };
}

export async function paymentsCsv(db: Database, period: ExportPeriod) {
  const payments = await db.invoicePayment.findMany({
    where: { paidOn: { gte: day(period.from), lte: day(period.to) } },
    orderBy: [{ paidOn: "asc" }, { createdAt: "asc" }],
    include: {
      invoice: { select: { number: true, issueDate: true, buyerName: true, paymentReference: true } },
    },
  });
  const rows = payments.map((payment) => [
    formatDate(payment.paidOn),
    csvAmount(payment.amountCents),
    payment.invoice.number,
    payment.invoice.issueDate ? formatDate(payment.invoice.issueDate) : "",
    payment.invoice.buyerName,
    payment.invoice.paymentReference ?? "",
    payment.note,
    formatDate(payment.createdAt),
  ]);
  return {
    filename: `zahlungen-${period.label}.csv`,
    csv: buildCsv(
      ["Zahlungsdatum", "Betrag CHF", "Rechnung", "Rechnungsdatum", "Kunde", "Zahlungsreferenz", "Notiz", "Erfasst am"],
      rows,
    ),
  };
}
