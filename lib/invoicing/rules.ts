// Pure rules of invoices: line amounts, VAT per rate and per line, the payable total rounded to
// 5 centimes, numbers, payment references, due dates and the open balance. All money is integer
// centimes; the only place that derives an invoice's state (decision 0025).
import { roundToFiveCentimes } from "@/lib/proposals/pricing";

export type InvoiceKind = "INVOICE" | "CREDIT_NOTE";
export type InvoiceStatus = "DRAFT" | "ISSUED";

export type LineInput = {
  /** Quantity in hundredths: 1.5 course days = 150. */
  quantityHundredths: number;
  unitPriceCents: number;
  vatRateBasisPoints: number;
};

export type LineAmounts = { netCents: number; vatCents: number };

export type VatGroup = { vatRateBasisPoints: number; taxableCents: number; vatCents: number };

export type InvoiceTotals = {
  lines: LineAmounts[];
  vatBreakdown: VatGroup[];
  netCents: number;
  vatCents: number;
  /** Net plus VAT, to the centime, before rounding to 5 centimes. */
  grossCents: number;
  /** What rounding to 5 centimes added or took (-2 .. +2); EN 16931 BT-114. */
  roundingCents: number;
  /** The amount due: gross rounded to 5 centimes. */
  payableCents: number;
};

/** Half away from zero, so a credit note mirrors its invoice to the centime. */
export function roundHalfAway(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded; // never -0: amounts are compared and stored
}

export function lineNetCents(line: Pick<LineInput, "quantityHundredths" | "unitPriceCents">): number {
  return roundHalfAway((line.quantityHundredths * line.unitPriceCents) / 100);
}

/** VAT of an amount at a rate, to the centime: 8.1 % of 2'400.00 is exactly 194.40. */
export function vatOf(netCents: number, basisPoints: number): number {
  return roundHalfAway((netCents * basisPoints) / 10_000);
}

/**
 * The totals of an invoice. VAT is computed once per rate on the sum of its lines (EN 16931
 * BR-CO-17) and then shared out over the lines by the largest remainder, so the lines' VAT adds
 * up exactly to the rate's VAT, the rates' to the total, and net + VAT + rounding = payable.
 */
export function invoiceTotals(lines: readonly LineInput[]): InvoiceTotals {
  const nets = lines.map(lineNetCents);
  const vats = new Array<number>(lines.length).fill(0);
  const rates = [...new Set(lines.map((line) => line.vatRateBasisPoints))].sort((a, b) => b - a);
  const vatBreakdown = rates.map((rate) => {
    const members = lines.flatMap((line, index) => (line.vatRateBasisPoints === rate ? [index] : []));
    const taxableCents = members.reduce((sum, index) => sum + nets[index]!, 0);
    const vatCents = vatOf(taxableCents, rate);
    shareOut(
      vatCents,
      members.map((index) => ({ index, exact: (nets[index]! * rate) / 10_000 })),
      vats,
    );
    return { vatRateBasisPoints: rate, taxableCents, vatCents };
  });
  const netCents = nets.reduce((sum, value) => sum + value, 0);
  const vatCents = vatBreakdown.reduce((sum, group) => sum + group.vatCents, 0);
  const grossCents = netCents + vatCents;
  const payableCents = roundToFiveCentimes(grossCents) || 0; // never -0
  return {
    lines: nets.map((net, index) => ({ netCents: net, vatCents: vats[index]! })),
    vatBreakdown,
    netCents,
    vatCents,
    grossCents,
    roundingCents: payableCents - grossCents,
    payableCents,
  };
}

/** Largest-remainder apportionment of `total` over shares whose exact values sum to about it. */
function shareOut(total: number, shares: { index: number; exact: number }[], into: number[]): void {
  const floors = shares.map((share) => ({ ...share, base: Math.floor(share.exact) || 0 }));
  let rest = total - floors.reduce((sum, share) => sum + share.base, 0);
  for (const share of floors) into[share.index] = share.base;
  const byRemainder = [...floors].sort((a, b) => b.exact - b.base - (a.exact - a.base) || a.index - b.index);
  // The rest is within the number of shares (each floor lost less than one centime), but a
  // negative credit line can make it negative: hand out or take back one centime at a time.
  for (let i = 0; rest !== 0 && byRemainder.length > 0; i = (i + 1) % byRemainder.length) {
    const step = rest > 0 ? 1 : -1;
    into[byRemainder[i]!.index]! += step;
    rest -= step;
  }
}

// ---------------------------------------------------------------------------------------------
// Numbers and references

export const INVOICE_PREFIX = "RE";
export const CREDIT_NOTE_PREFIX = "GS";

/** The counter row of a kind and year, e.g. "RE-2026" (shared table with the inquiry references). */
export function numberScope(kind: InvoiceKind, year: number): string {
  return `${kind === "INVOICE" ? INVOICE_PREFIX : CREDIT_NOTE_PREFIX}-${year}`;
}

/** RE-2026-0001; past 9999 the number simply grows a digit. */
export function formatInvoiceNumber(scope: string, value: number): string {
  return `${scope}-${String(value).padStart(4, "0")}`;
}

export function isInvoiceNumber(text: string): boolean {
  return /^(RE|GS)-\d{4}-\d{4,}$/.test(text);
}

/** Recursive mod 10 of the QR reference (SIX IG, appendix B). */
export function qrReferenceCheckDigit(digits: string): number {
  const table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5];
  let carry = 0;
  for (const digit of digits) carry = table[(carry + Number(digit)) % 10]!;
  return (10 - carry) % 10;
}

/** RE-2026-0042 -> the 27-digit QR reference 00…0202600042 + check digit (the number is findable in it). */
export function qrReferenceFor(number: string): string {
  const digits = number.replace(/\D/g, "").padStart(26, "0");
  return `${digits}${qrReferenceCheckDigit(digits)}`;
}

export function isQrReference(text: string): boolean {
  return /^\d{27}$/.test(text) && qrReferenceCheckDigit(text.slice(0, 26)) === Number(text[26]);
}

/** ISO 7064 mod 97-10 over letters as numbers (A=10 … Z=35), in chunks to stay within integers. */
function mod97(text: string): number {
  const numeric = text
    .toUpperCase()
    .split("")
    .map((char) => (/\d/.test(char) ? char : String(char.charCodeAt(0) - 55)))
    .join("");
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder;
}

/** RE-2026-0042 -> "RF" + check + "RE20260042" (ISO 11649 creditor reference). */
export function scorReferenceFor(number: string): string {
  const body = number.replace(/[^A-Za-z0-9]/g, "").toUpperCase();
  const check = 98 - mod97(`${body}RF00`);
  return `RF${String(check).padStart(2, "0")}${body}`;
}

export function isScorReference(text: string): boolean {
  return /^RF\d{2}[A-Z0-9]{1,21}$/.test(text) && mod97(`${text.slice(4)}${text.slice(0, 4)}`) === 1;
}

// ---------------------------------------------------------------------------------------------
// Balance

export type PaymentState = "DRAFT" | "OPEN" | "PARTLY_PAID" | "PAID" | "CREDITED";

export type BalanceInput = {
  kind: InvoiceKind;
  status: InvoiceStatus;
  payableCents: number;
  payments: readonly { amountCents: number }[];
  /** Payable amounts of issued credit notes referencing this invoice (positive centimes). */
  credits: readonly { payableCents: number }[];
};

export type Balance = { paidCents: number; creditedCents: number; openCents: number; state: PaymentState };

/** What is still owed, and the state pages show; part payments leave the rest open. */
export function balanceOf(invoice: BalanceInput): Balance {
  const paidCents = invoice.payments.reduce((sum, payment) => sum + payment.amountCents, 0);
  const creditedCents = invoice.credits.reduce((sum, credit) => sum + credit.payableCents, 0);
  const openCents = Math.max(0, invoice.payableCents - paidCents - creditedCents);
  if (invoice.status === "DRAFT") return { paidCents, creditedCents, openCents, state: "DRAFT" };
  if (invoice.kind === "CREDIT_NOTE") return { paidCents, creditedCents, openCents: 0, state: "CREDITED" };
  let state: PaymentState;
  if (openCents === 0 && creditedCents >= invoice.payableCents) state = "CREDITED";
  else if (openCents === 0) state = "PAID";
  else if (paidCents > 0) state = "PARTLY_PAID";
  else state = "OPEN";
  return { paidCents, creditedCents, openCents, state };
}

export const paymentStateLabels: Record<PaymentState, string> = {
  DRAFT: "Entwurf",
  OPEN: "Offen",
  PARTLY_PAID: "Teilweise bezahlt",
  PAID: "Bezahlt",
  CREDITED: "Gutgeschrieben",
};

/** A deposit share of the accepted price: percent of the net, rounded to 5 centimes. */
export function depositNetCents(netCents: number, percent: number): number {
  return roundToFiveCentimes((netCents * percent) / 100);
}

/** "1.5" -> 150, "2" -> 200; null when it is not a quantity with at most two decimals. */
export function parseQuantity(text: string): number | null {
  const cleaned = text.trim().replace(",", ".");
  if (!/^-?\d{1,5}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ""] = cleaned.replace("-", "").split(".");
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return cleaned.startsWith("-") ? -value : value;
}

/** 150 -> "1.5" for print and inputs. */
export function formatQuantity(hundredths: number): string {
  return (hundredths / 100).toLocaleString("de-CH", { maximumFractionDigits: 2, useGrouping: false });
}

/** Who an invoice is addressed to and the references the buyer asked for. */
export type InvoiceBuyer = {
  buyerName: string;
  buyerDepartment: string;
  buyerContact: string;
  buyerStreet: string;
  buyerHouseNumber: string;
  buyerPostcode: string;
  buyerCity: string;
  buyerCountry: string;
  buyerEmail: string;
  buyerUid: string;
  purchaseOrderRef: string;
  costCentre: string;
};

/** The buyer of an invoice, as its draft form edits it and a credit note takes it over. */
export function invoiceBuyer(invoice: InvoiceBuyer): InvoiceBuyer {
  return {
    buyerName: invoice.buyerName,
    buyerDepartment: invoice.buyerDepartment,
    buyerContact: invoice.buyerContact,
    buyerStreet: invoice.buyerStreet,
    buyerHouseNumber: invoice.buyerHouseNumber,
    buyerPostcode: invoice.buyerPostcode,
    buyerCity: invoice.buyerCity,
    buyerCountry: invoice.buyerCountry,
    buyerEmail: invoice.buyerEmail,
    buyerUid: invoice.buyerUid,
    purchaseOrderRef: invoice.purchaseOrderRef,
    costCentre: invoice.costCentre,
  };
}

export * from "./rules-reminders";
export * from "./rules-credit-notes";
