// Small wording rules for how catalogue facts read on the page.

/** What a course page says about the price: the consultant's note as entered, never a made-up figure. */
export const PRICE_ON_REQUEST = "Preis nach Offerte";

export function coursePriceText(priceNote: string): string {
  return priceNote.trim() || PRICE_ON_REQUEST;
}

/**
 * The price note of a dated session: its own, else the course's for an open date. An in-house
 * session (not public) never borrows the course's public note: its price is the client's offer.
 */
export function sessionPriceNote(session: { isPublic: boolean; priceNote: string }, coursePriceNote: string): string {
  return session.priceNote || (session.isPublic ? coursePriceNote : "");
}

/** "6 bis 14 Personen", "bis 12 Personen", "ab 5 Personen", or "" when nothing is known. */
export function groupSizeText(min: number | null, max: number | null): string {
  if (min && max) return min === max ? `${min} Personen` : `${min} bis ${max} Personen`;
  if (max) return `bis ${max} Personen`;
  if (min) return `ab ${min} Personen`;
  return "";
}
