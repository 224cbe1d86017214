// Pure rules of the business profile: the Swiss UID checksum, IBAN and QR-IBAN, the VAT rate of a
// day, and what invoicing still lacks. Safe in the client bundle (the form validates with them).
import { electronicFormatIBAN, isQRIBAN, isValidIBAN } from "ibantools";

const UID_PATTERN = /^CHE-?(\d{3})\.?(\d{3})\.?(\d{3})(?:\s+(MWST|TVA|IVA))?$/i;
const UID_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4];

/**
 * The Swiss enterprise identification number: eight digits and a check digit, mod 11 with the
 * weights 5 4 3 2 7 6 5 4 (Federal Statistical Office, UID ordinance). A remainder that would give
 * the check digit 10 is never issued, so such numbers are invalid.
 */
export function isValidUid(text: string): boolean {
  const match = UID_PATTERN.exec(text.trim());
  if (!match) return false;
  const digits = (match[1]! + match[2]! + match[3]!).split("").map(Number);
  const sum = UID_WEIGHTS.reduce((total, weight, index) => total + weight * digits[index]!, 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === digits[8];
}

/** "che123456789 mwst" -> "CHE-123.456.789 MWST", the way the register writes it. */
export function formatUid(text: string): string {
  const match = UID_PATTERN.exec(text.trim());
  if (!match) return text.trim();
  const suffix = match[4] ? ` ${match[4].toUpperCase()}` : "";
  return `CHE-${match[1]}.${match[2]}.${match[3]}${suffix}`;
}

/** Without spaces and in capitals, as stored and as the QR code carries it. */
export function compactIban(text: string): string {
  return electronicFormatIBAN(text.trim()) ?? "";
}

/** "CH4431999123000889012" -> "CH44 3199 9123 0008 8901 2" for print. */
export function printIban(iban: string): string {
  return compactIban(iban).replace(/(.{4})(?=.)/g, "$1 ");
}

/** A valid IBAN of Switzerland or Liechtenstein: the QR-bill accepts no other (SIX IG 4.3.2). */
export function isSwissIban(text: string): boolean {
  const iban = compactIban(text);
  return /^(CH|LI)/.test(iban) && isValidIBAN(iban);
}

/** QR-IBANs carry an institution id 30000-31999; payments to them need a QR reference. */
export function isQrIban(text: string): boolean {
  const iban = compactIban(text);
  return isSwissIban(iban) && isQRIBAN(iban);
}

export type ReferenceType = "QRR" | "SCOR";

/**
 * A QR-IBAN takes only a QR reference, a normal IBAN only a creditor reference (SIX IG 2.3,
 * 4.3.3): the German message for a wrong pairing, or null. An empty or invalid IBAN is the IBAN
 * field's own error.
 */
export function referenceMismatch(iban: string, referenceType: ReferenceType): string | null {
  if (!isSwissIban(iban)) return null;
  if (isQrIban(iban) && referenceType !== "QRR") {
    return "Eine QR-IBAN verlangt eine QR-Referenz. Bitte «QR-Referenz» wählen oder eine normale IBAN angeben.";
  }
  if (!isQrIban(iban) && referenceType === "QRR") {
    return "Eine QR-Referenz verlangt eine QR-IBAN. Bitte «Creditor Reference (SCOR)» wählen oder die QR-IBAN angeben.";
  }
  return null;
}

export type VatRate = { basisPoints: number; validFrom: string };

/** The rate that applies on `dateKey` (YYYY-MM-DD): the newest one that started on or before it. */
export function vatRateOn(rates: readonly VatRate[], dateKey: string): number | null {
  const applicable = rates
    .filter((rate) => rate.validFrom <= dateKey)
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1));
  return applicable[0]?.basisPoints ?? null;
}

export type InvoicingProfileFacts = {
  name: string;
  businessName: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  country: string;
  email: string;
  uid: string;
  vatRegistered: boolean;
  vatRates: readonly VatRate[];
  iban: string;
  paymentTermDays: number;
};

/**
 * What a proposal or an invoice needs from the profile before it goes to a client, in the
 * labels of the settings form: the dashboard lists them and sending is refused with them.
 */
export function missingForInvoicing(profile: InvoicingProfileFacts): string[] {
  const missing: string[] = [];
  if (!profile.name.trim() && !profile.businessName.trim()) missing.push("Name oder Firma");
  if (!profile.street.trim()) missing.push("Strasse");
  if (!profile.postcode.trim()) missing.push("Postleitzahl");
  if (!profile.city.trim()) missing.push("Ort");
  if (!profile.country.trim()) missing.push("Land");
  if (!profile.email.trim()) missing.push("E-Mail-Adresse");
  if (!isSwissIban(profile.iban)) missing.push("IBAN oder QR-IBAN");
  if (!(profile.paymentTermDays > 0)) missing.push("Zahlungsfrist");
  if (profile.vatRegistered) {
    if (!isValidUid(profile.uid)) missing.push("UID mit MWST-Zusatz");
    if (profile.vatRates.length === 0) missing.push("MWST-Satz mit Gültigkeitsdatum");
  }
  return missing;
}

/** The German sentence a refused send shows, naming each missing part. */
export function incompleteProfileMessage(missing: readonly string[]): string {
  return `Die Geschäftsangaben sind unvollständig. Bitte ergänzen Sie unter «Einstellungen»: ${missing.join(", ")}.`;
}
