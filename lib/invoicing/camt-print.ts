// Kept apart from camt-rules.ts so the bank file page does not ship the XML parser to the browser.

/**
 * A reference as printed on the QR-bill: a QR reference in blocks of five from the right
 * ("21 00000 00003 13947 14300 09017"), a creditor reference or an IBAN in blocks of four.
 */
export function printReference(reference: string): string {
  if (/^\d{27}$/.test(reference))
    return `${reference.slice(0, 2)} ${reference.slice(2).replace(/(\d{5})(?=\d)/g, "$1 ")}`;
  return reference.replace(/(.{4})(?=.)/g, "$1 ");
}
