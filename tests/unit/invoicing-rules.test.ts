import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  balanceOf,
  depositNetCents,
  formatInvoiceNumber,
  invoiceTotals,
  isInvoiceNumber,
  isQrReference,
  isScorReference,
  lineNetCents,
  numberScope,
  parseQuantity,
  qrReferenceCheckDigit,
  qrReferenceFor,
  scorReferenceFor,
  vatOf,
} from "@/lib/invoicing/rules";

const line = fc.record({
  quantityHundredths: fc.integer({ min: -2_000, max: 100_000 }).filter((value) => value !== 0),
  unitPriceCents: fc.integer({ min: -5_000_000, max: 5_000_000 }),
  vatRateBasisPoints: fc.constantFrom(0, 260, 380, 810),
});

describe("invoice totals", () => {
  it("prices the usual course: 2 days at CHF 2'400.00 and CHF 180.00 expenses at 8.1 %", () => {
    const totals = invoiceTotals([
      { quantityHundredths: 200, unitPriceCents: 240_000, vatRateBasisPoints: 810 },
      { quantityHundredths: 100, unitPriceCents: 18_000, vatRateBasisPoints: 810 },
    ]);
    expect(totals).toMatchObject({
      netCents: 498_000,
      vatCents: 40_338,
      grossCents: 538_338,
      roundingCents: 2,
      payableCents: 538_340,
      vatBreakdown: [{ vatRateBasisPoints: 810, taxableCents: 498_000, vatCents: 40_338 }],
    });
    expect(totals.lines).toEqual([
      { netCents: 480_000, vatCents: 38_880 },
      { netCents: 18_000, vatCents: 1_458 },
    ]);
  });

  it("rounds the payable amount to 5 centimes, halves away from zero", () => {
    const payable = (cents: number) =>
      invoiceTotals([{ quantityHundredths: 100, unitPriceCents: cents, vatRateBasisPoints: 0 }]).payableCents;
    expect(payable(1_002)).toBe(1_000);
    expect(payable(1_003)).toBe(1_005);
    expect(payable(1_007)).toBe(1_005);
    expect(payable(1_008)).toBe(1_010);
  });

  it("computes line amounts and VAT to the centime, half away from zero", () => {
    expect(lineNetCents({ quantityHundredths: 150, unitPriceCents: 333 })).toBe(500);
    expect(lineNetCents({ quantityHundredths: 50, unitPriceCents: 1 })).toBe(1);
    expect(lineNetCents({ quantityHundredths: 50, unitPriceCents: -1 })).toBe(-1);
    expect(vatOf(240_000, 810)).toBe(19_440);
    expect(vatOf(1_000, 810)).toBe(81);
  });

  it("adds up to the centime whatever the lines: lines, rates and total (property)", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const totals = invoiceTotals(lines);
        const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
        expect(sum(totals.lines.map((amounts) => amounts.netCents))).toBe(totals.netCents);
        expect(sum(totals.lines.map((amounts) => amounts.vatCents))).toBe(totals.vatCents);
        expect(sum(totals.vatBreakdown.map((group) => group.vatCents))).toBe(totals.vatCents);
        expect(sum(totals.vatBreakdown.map((group) => group.taxableCents))).toBe(totals.netCents);
        for (const group of totals.vatBreakdown) {
          // EN 16931 BR-CO-17: a rate's VAT is its taxable amount times the rate, to the centime.
          expect(group.vatCents).toBe(vatOf(group.taxableCents, group.vatRateBasisPoints));
          const members = lines.flatMap((entry, index) =>
            entry.vatRateBasisPoints === group.vatRateBasisPoints ? [totals.lines[index]!.vatCents] : [],
          );
          expect(sum(members)).toBe(group.vatCents);
        }
        expect(totals.netCents + totals.vatCents + totals.roundingCents).toBe(totals.payableCents);
        expect(Math.abs(totals.payableCents) % 5).toBe(0);
        expect(Math.abs(totals.roundingCents)).toBeLessThanOrEqual(2);
      }),
      { numRuns: 500 },
    );
  });

  it("gives each line its exact VAT share rounded down or up, never further off (property)", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const totals = invoiceTotals(lines);
        lines.forEach((entry, index) => {
          const exact = (totals.lines[index]!.netCents * entry.vatRateBasisPoints) / 10_000;
          expect(Math.abs(totals.lines[index]!.vatCents - exact)).toBeLessThan(1);
        });
      }),
    );
  });

  it("mirrors a credit note to the centime: negated lines give the negated totals (property)", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const invoice = invoiceTotals(lines);
        const credit = invoiceTotals(lines.map((entry) => ({ ...entry, unitPriceCents: -entry.unitPriceCents })));
        expect(credit.netCents + invoice.netCents).toBe(0);
        expect(credit.vatCents + invoice.vatCents).toBe(0);
        expect(credit.payableCents + invoice.payableCents).toBe(0);
      }),
    );
  });

  it("takes a deposit as a share of the net, rounded to 5 centimes", () => {
    expect(depositNetCents(498_000, 30)).toBe(149_400);
    expect(depositNetCents(100_010, 33)).toBe(33_005);
  });
});

describe("numbers and references", () => {
  it("formats RE-YYYY-NNNN and GS-YYYY-NNNN", () => {
    expect(formatInvoiceNumber(numberScope("INVOICE", 2026), 1)).toBe("RE-2026-0001");
    expect(formatInvoiceNumber(numberScope("CREDIT_NOTE", 2027), 42)).toBe("GS-2027-0042");
    expect(formatInvoiceNumber("RE-2026", 12_345)).toBe("RE-2026-12345");
    expect(isInvoiceNumber("RE-2026-0001")).toBe(true);
    expect(isInvoiceNumber("RE-26-0001")).toBe(false);
  });

  it("builds a QR reference with the SIX check digit (the guideline's example)", () => {
    expect(qrReferenceCheckDigit("21000000000313947143000901")).toBe(7);
    expect(isQrReference("210000000003139471430009017")).toBe(true);
    expect(qrReferenceFor("RE-2026-0042")).toMatch(/^0{18}20260042\d$/);
    expect(isQrReference(qrReferenceFor("RE-2026-0042"))).toBe(true);
  });

  it("builds an ISO 11649 creditor reference (the standard's example, and ours)", () => {
    expect(isScorReference("RF18539007547034")).toBe(true);
    expect(scorReferenceFor("RE-2026-0042")).toMatch(/^RF\d{2}RE20260042$/);
    expect(isScorReference(scorReferenceFor("RE-2026-0042"))).toBe(true);
  });

  it("gives every number a valid QR and creditor reference (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2999 }), fc.integer({ min: 1, max: 99_999 }), (year, value) => {
        const number = formatInvoiceNumber(numberScope("INVOICE", year), value);
        expect(isQrReference(qrReferenceFor(number))).toBe(true);
        expect(isScorReference(scorReferenceFor(number))).toBe(true);
      }),
    );
  });
});

describe("balance", () => {
  const issued = { kind: "INVOICE" as const, status: "ISSUED" as const, payableCents: 100_000 };
  it("derives open, part paid, paid and credited", () => {
    expect(balanceOf({ ...issued, payments: [], credits: [] })).toEqual({
      paidCents: 0,
      creditedCents: 0,
      openCents: 100_000,
      state: "OPEN",
    });
    expect(balanceOf({ ...issued, payments: [{ amountCents: 40_000 }], credits: [] })).toMatchObject({
      openCents: 60_000,
      state: "PARTLY_PAID",
    });
    expect(
      balanceOf({ ...issued, payments: [{ amountCents: 40_000 }, { amountCents: 60_000 }], credits: [] }),
    ).toMatchObject({ openCents: 0, state: "PAID" });
    expect(balanceOf({ ...issued, payments: [], credits: [{ payableCents: 100_000 }] })).toMatchObject({
      openCents: 0,
      state: "CREDITED",
    });
    expect(balanceOf({ ...issued, status: "DRAFT", payments: [], credits: [] }).state).toBe("DRAFT");
  });
});

describe("quantities", () => {
  it("reads what people type", () => {
    expect(parseQuantity("1.5")).toBe(150);
    expect(parseQuantity("2")).toBe(200);
    expect(parseQuantity("0,25")).toBe(25);
    expect(parseQuantity("-1")).toBe(-100);
    expect(parseQuantity("1.234")).toBeNull();
    expect(parseQuantity("zwei")).toBeNull();
  });
});

describe("invoice line schema", () => {
  it("reads typed text, takes back what the form already parsed, and says in German what is wrong", async () => {
    const { invoiceLineSchema } = await import("@/lib/invoicing/schemas");
    const typed = invoiceLineSchema.parse({ description: "Honorar", quantity: "1.5", unit: "", unitPrice: "2'400.50" });
    expect(typed).toMatchObject({ quantity: 150, unitPrice: 240_050 });
    expect(invoiceLineSchema.parse(typed)).toEqual(typed);
    const bad = invoiceLineSchema.safeParse({ description: "x", quantity: "zwei", unit: "", unitPrice: "viel" });
    expect(bad.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["quantity", "Bitte eine Menge angeben, z. B. 1 oder 1.5."],
      ["unitPrice", "Bitte einen Preis in Franken angeben, z. B. 2400 oder -500 für einen Abzug."],
    ]);
  });
});
