import { describe, expect, it } from "vitest";

import { formatChf } from "@/lib/format";
import { formatVatRate, francsInput, parseFrancs, priceOf, roundToFiveCentimes } from "@/lib/proposals/pricing";

describe("5-centime rounding", () => {
  it("rounds to the nearest 5 centimes, halves up", () => {
    expect([0, 1, 2, 3, 7, 8, 12, 13].map(roundToFiveCentimes)).toEqual([0, 0, 0, 5, 5, 10, 10, 15]);
    expect(roundToFiveCentimes(2.5)).toBe(5);
    expect(roundToFiveCentimes(19_442.5)).toBe(19_445);
    expect(roundToFiveCentimes(-3)).toBe(-5);
  });
});

describe("proposal prices", () => {
  it("prices a day rate times days, VAT 8.1 % separately, total rounded to 5 centimes", () => {
    const price = priceOf({
      mode: "DAY_RATE",
      dayRateCents: 240_000,
      days: 1.5,
      expensesCents: 0,
      vatRateBasisPoints: 810,
    });
    expect(price).toEqual({
      feeCents: 360_000,
      expensesCents: 0,
      netCents: 360_000,
      vatRateBasisPoints: 810,
      vatCents: 29_160,
      totalCents: 389_160,
    });
    expect(formatChf(price.totalCents)).toBe("CHF 3'891.60");
  });

  it("adds expenses before VAT and rounds VAT that falls between 5 centimes", () => {
    // 2'350.35 net: 8.1 % = 190.37835 -> 190.40
    const price = priceOf({ mode: "FLAT_FEE", flatFeeCents: 220_000, expensesCents: 15_035, vatRateBasisPoints: 810 });
    expect(price.expensesCents).toBe(15_035);
    expect(price.netCents).toBe(235_035);
    expect(price.vatCents).toBe(19_040);
    expect(price.totalCents).toBe(254_075);
    expect(price.totalCents % 5).toBe(0);
    expect(formatChf(price.totalCents)).toBe("CHF 2'540.75");
  });

  it("rounds an odd flat fee and expenses to 5 centimes", () => {
    const price = priceOf({ mode: "FLAT_FEE", flatFeeCents: 123_457, expensesCents: 1_001, vatRateBasisPoints: 810 });
    expect([price.feeCents, price.expensesCents]).toEqual([123_455, 1_000]);
    expect(price.vatCents % 5).toBe(0);
  });

  it("ignores the day rate in flat-fee mode and vice versa", () => {
    expect(
      priceOf({
        mode: "FLAT_FEE",
        flatFeeCents: 100_000,
        dayRateCents: 999_999,
        days: 3,
        expensesCents: 0,
        vatRateBasisPoints: 810,
      }).feeCents,
    ).toBe(100_000);
    expect(
      priceOf({
        mode: "DAY_RATE",
        dayRateCents: 100_000,
        days: 0.5,
        flatFeeCents: 999_999,
        expensesCents: 0,
        vatRateBasisPoints: 0,
      }).totalCents,
    ).toBe(50_000);
  });

  it("shows the VAT rate the Swiss way", () => {
    expect(formatVatRate(810)).toBe("8.1 %");
    expect(formatVatRate(770)).toBe("7.7 %");
  });
});

describe("amounts typed in francs", () => {
  it("reads Swiss ways of writing amounts", () => {
    expect(parseFrancs("2400")).toBe(240_000);
    expect(parseFrancs("2'400.50")).toBe(240_050);
    expect(parseFrancs("CHF 1 250,5")).toBe(125_050);
    expect(parseFrancs("980.–")).toBe(98_000);
    expect(parseFrancs("12.345")).toBeNull();
    expect(parseFrancs("-5")).toBeNull();
    expect(parseFrancs("zwei")).toBeNull();
  });

  it("shows centimes back as an input value", () => {
    expect(francsInput(240_050)).toBe("2400.50");
    expect(francsInput(null)).toBe("");
  });
});
