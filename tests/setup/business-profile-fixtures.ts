// A complete business profile, as sending a proposal or issuing an invoice requires.
import type { Database } from "@/lib/db/client";

/** A valid UID (checksum 8) and a QR-IBAN from SIX's examples. */
export const completeProfile = {
  name: "Markus Beispiel",
  businessName: "Anliegen Beratung",
  street: "Bundesgasse",
  houseNumber: "3",
  postcode: "3011",
  city: "Bern",
  country: "CH",
  email: "markus@anliegen.example",
  phone: "+41 31 123 45 67",
  website: "https://anliegen.example",
  uid: "CHE-123.456.788 MWST",
  vatRegistered: true,
  vatRates: [
    { basisPoints: 770, validFrom: "2018-01-01" },
    { basisPoints: 810, validFrom: "2024-01-01" },
  ],
  iban: "CH4431999123000889012",
  bankName: "Berner Kantonalbank",
  referenceType: "QRR",
  paymentTermDays: 30,
  invoiceText: "Vielen Dank für Ihren Auftrag.",
  reminderText: "Wir erinnern Sie freundlich an die folgende Rechnung.",
};

/** Fills the profile unless one exists (tests that check an incomplete profile write their own). */
export async function ensureCompleteBusinessProfile(db: Database, overrides: Partial<typeof completeProfile> = {}) {
  const data = { ...completeProfile, ...overrides };
  await db.businessProfile.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: {} });
}

/** Replaces the profile, e.g. with a normal IBAN instead of the QR-IBAN. */
export async function setBusinessProfile(db: Database, overrides: Partial<typeof completeProfile> = {}) {
  const data = { ...completeProfile, ...overrides };
  await db.businessProfile.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
}
