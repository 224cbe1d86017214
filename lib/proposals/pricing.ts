// Prices of a proposal in centimes. Swiss invoices round amounts to 5 centimes (the smallest
// coin); VAT is shown separately at the design's rate (8.1 % = 810 basis points).

export type PricingInput = {
  mode: "DAY_RATE" | "FLAT_FEE";
  dayRateCents?: number | null;
  /** Course days, in half-day steps. */
  days?: number | null;
  flatFeeCents?: number | null;
  expensesCents: number;
  vatRateBasisPoints: number;
};

export type PriceBreakdown = {
  feeCents: number;
  expensesCents: number;
  netCents: number;
  vatRateBasisPoints: number;
  vatCents: number;
  totalCents: number;
};

export const SWISS_VAT_BASIS_POINTS = 810;

/** Rounds to the nearest 5 centimes, halves away from zero (CHF 0.025 -> 0.05). */
export function roundToFiveCentimes(cents: number): number {
  const sign = cents < 0 ? -1 : 1;
  return sign * Math.round(Math.abs(cents) / 5) * 5;
}

/** The fee before expenses and VAT, rounded to 5 centimes. */
export function feeOf(input: PricingInput): number {
  if (input.mode === "FLAT_FEE") return roundToFiveCentimes(input.flatFeeCents ?? 0);
  return roundToFiveCentimes((input.dayRateCents ?? 0) * (input.days ?? 0));
}

export function priceOf(input: PricingInput): PriceBreakdown {
  const feeCents = feeOf(input);
  const expensesCents = roundToFiveCentimes(input.expensesCents);
  const netCents = feeCents + expensesCents;
  // Integer arithmetic first, so 8.1 % of CHF 2'400.00 is exactly 19'440 centimes before rounding.
  const vatCents = roundToFiveCentimes((netCents * input.vatRateBasisPoints) / 10_000);
  return {
    feeCents,
    expensesCents,
    netCents,
    vatRateBasisPoints: input.vatRateBasisPoints,
    vatCents,
    totalCents: netCents + vatCents,
  };
}

/** 810 -> "8.1 %" */
export function formatVatRate(basisPoints: number): string {
  return `${(basisPoints / 100).toLocaleString("de-CH", { maximumFractionDigits: 2 })} %`;
}

/**
 * Parses an amount in francs as people type it: "2400", "2'400.50", "2 400,5", "CHF 980.–".
 * Returns centimes, or null when it is not an amount.
 */
export function parseFrancs(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/^CHF\s*/i, "")
    .replace(/[.,]–$/, "")
    .replace(/['’\s]/g, "")
    .replace(",", ".");
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [francs, rappen = ""] = cleaned.split(".");
  return Number(francs) * 100 + Number(rappen.padEnd(2, "0"));
}

/** Centimes as the designer shows them in an input: 240050 -> "2400.50". */
export function francsInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return "";
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}
