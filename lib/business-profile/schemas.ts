// The consultant's business details as he enters them in admin. Safe in the client bundle.
import { z } from "zod";

import { refuseField } from "@/lib/field-issue";

import { compactIban, formatUid, isSwissIban, isValidUid, referenceMismatch, type VatRate } from "./rules";

const line = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`);
const block = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`);

const vatRateSchema = z.object({
  /** Percent as typed, "8.1" or "8,1". */
  percent: z
    .string()
    .trim()
    .regex(/^\d{1,2}([.,]\d{1,2})?$/, "Bitte einen Satz in Prozent angeben, z. B. 8.1."),
  validFrom: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Bitte ein Datum angeben, ab dem der Satz gilt."),
});

export const businessProfileSchema = z
  .object({
    name: line(120),
    businessName: line(200),
    street: line(200),
    houseNumber: line(16),
    postcode: z
      .string()
      .trim()
      .regex(/^(\d{4,5})?$/, "Bitte eine Postleitzahl mit 4 Ziffern angeben, z. B. 3011."),
    city: line(120),
    country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, "Bitte den Ländercode mit zwei Buchstaben angeben, z. B. CH.")
      .transform((value) => value.toUpperCase()),
    email: z.union([z.literal(""), z.email("Bitte eine gültige E-Mail-Adresse angeben.").max(200)]),
    phone: z
      .string()
      .trim()
      .regex(/^(\+?[\d\s]{9,20})?$/, "Bitte eine Telefonnummer angeben, z. B. +41 31 123 45 67."),
    website: z.union([
      z.literal(""),
      z
        .url({ protocol: /^https?$/, error: "Bitte eine Webadresse mit https:// angeben." })
        .trim()
        .max(200),
    ]),
    uid: line(40)
      .refine(
        (value) => value === "" || isValidUid(value),
        "Diese UID ist ungültig (Prüfziffer stimmt nicht). Format: CHE-123.456.789 MWST.",
      )
      .transform((value) => (value ? formatUid(value) : "")),
    vatRegistered: z.boolean(),
    vatRates: z.array(vatRateSchema).max(10),
    iban: line(42)
      .refine(
        (value) => value === "" || isSwissIban(value),
        "Diese IBAN ist ungültig. Bitte eine Schweizer IBAN oder QR-IBAN angeben, z. B. CH93 0076 2011 6238 5295 7.",
      )
      .transform((value) => (value ? compactIban(value) : "")),
    bankName: line(120),
    referenceType: z.enum(["QRR", "SCOR"], { error: "Bitte eine Referenzart wählen." }),
    paymentTermDays: z.coerce
      .number({ error: "Bitte eine Zahl von Tagen angeben." })
      .int("Bitte ganze Tage angeben.")
      .min(1, "Mindestens 1 Tag.")
      .max(120, "Höchstens 120 Tage."),
    invoiceText: block(2000),
    reminderText: block(2000),
  })
  .superRefine((profile, context) => {
    const reference = referenceMismatch(profile.iban, profile.referenceType);
    if (reference) refuseField(context, "referenceType", reference);
    if (profile.vatRegistered && isValidUid(profile.uid) && !/ (MWST|TVA|IVA)$/.test(profile.uid)) {
      refuseField(
        context,
        "uid",
        "Mehrwertsteuerpflichtig: bitte die UID mit dem Zusatz MWST angeben, z. B. CHE-123.456.789 MWST.",
      );
    }
    if (profile.vatRegistered && profile.vatRates.length === 0) {
      refuseField(
        context,
        "vatRates",
        "Mehrwertsteuerpflichtig: bitte mindestens einen Satz mit Gültigkeitsdatum angeben.",
      );
    }
  });

export type BusinessProfileFormInput = z.input<typeof businessProfileSchema>;
export type BusinessProfileInput = z.output<typeof businessProfileSchema>;

/** The stored profile, as every reader sees it (rates in basis points). */
export type BusinessProfile = Omit<BusinessProfileInput, "vatRates"> & { vatRates: VatRate[]; isDemo: boolean };

export const emptyBusinessProfile: BusinessProfile = {
  name: "",
  businessName: "",
  street: "",
  houseNumber: "",
  postcode: "",
  city: "",
  country: "CH",
  email: "",
  phone: "",
  website: "",
  uid: "",
  vatRegistered: false,
  vatRates: [],
  iban: "",
  bankName: "",
  referenceType: "QRR",
  paymentTermDays: 30,
  invoiceText: "",
  reminderText: "",
  isDemo: false,
};

/** "8,1" -> 810 basis points. */
export function percentToBasisPoints(percent: string): number {
  return Math.round(Number(percent.replace(",", ".")) * 100);
}

/** The form's values for a stored profile. */
export function profileFormValues(profile: BusinessProfile): BusinessProfileFormInput {
  const { isDemo: _isDemo, vatRates, ...rest } = profile;
  return {
    ...rest,
    vatRates: vatRates.map((rate) => ({ percent: String(rate.basisPoints / 100), validFrom: rate.validFrom })),
  };
}

/** What the imprint needs before the site goes public; phone and UID are optional. */
const requiredParts: { key: "name" | "street" | "postcode" | "city" | "email"; label: string }[] = [
  { key: "name", label: "Name der verantwortlichen Person" },
  { key: "street", label: "Strasse und Hausnummer" },
  { key: "postcode", label: "Postleitzahl" },
  { key: "city", label: "Ort" },
  { key: "email", label: "E-Mail-Adresse" },
];

export function missingProfileParts(profile: BusinessProfile): string[] {
  return requiredParts.filter(({ key }) => !profile[key].trim()).map(({ label }) => label);
}

/** "Musterstrasse 1": street and house number as one line for print. */
export function streetLine(profile: Pick<BusinessProfile, "street" | "houseNumber">): string {
  return [profile.street, profile.houseNumber].filter(Boolean).join(" ");
}

/** The address lines that are filled in, in postal order; nothing made up for the rest. */
export function profileAddressLines(profile: BusinessProfile): string[] {
  return [
    profile.businessName,
    profile.name,
    streetLine(profile),
    [profile.postcode, profile.city].filter(Boolean).join(" "),
  ].filter(Boolean);
}
