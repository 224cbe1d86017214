// Pure rules of partial credit notes (decision 0030): a credit over an amount the client is owed
// back, expressed as one net line at the invoice's VAT rate whose payable total is that amount.
// Re-exported by rules.ts.
import { invoiceTotals } from "./rules";

/**
 * The net amount whose total with VAT at `basisPoints`, rounded to 5 centimes, is exactly
 * `grossCents`; null when there is none (an amount that is not a multiple of 5 centimes). The
 * exact quotient is within a centime or two of it, so its neighbours are searched, nearest first.
 */
export function creditNetForGross(grossCents: number, basisPoints: number): number | null {
  if (!Number.isSafeInteger(grossCents) || grossCents <= 0 || grossCents % 5 !== 0) return null;
  const exact = (grossCents * 10_000) / (10_000 + basisPoints);
  const start = Math.round(exact);
  for (let distance = 0; distance <= 5; distance++) {
    for (const net of distance === 0 ? [start] : [start - distance, start + distance]) {
      const totals = invoiceTotals([{ quantityHundredths: 100, unitPriceCents: net, vatRateBasisPoints: basisPoints }]);
      if (totals.payableCents === grossCents) return net;
    }
  }
  return null;
}
