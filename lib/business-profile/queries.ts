// No "server-only" here: the mail registry (loaded by the worker, scripts and e2e fixtures) reads
// the profile for the sign-off, and it takes its database as an argument.
import { z } from "zod";

import type { Database, Tx } from "@/lib/db/client";

import { emptyBusinessProfile, type BusinessProfile } from "./schemas";

const select = {
  name: true,
  businessName: true,
  street: true,
  houseNumber: true,
  postcode: true,
  city: true,
  country: true,
  email: true,
  phone: true,
  website: true,
  uid: true,
  vatRegistered: true,
  vatRates: true,
  iban: true,
  bankName: true,
  referenceType: true,
  paymentTermDays: true,
  invoiceText: true,
  reminderText: true,
  isDemo: true,
} as const;

/** The stored JSON, parsed when read (version 1: a list of rates with their first day). */
const storedVatRates = z.array(z.object({ basisPoints: z.number().int(), validFrom: z.string() }));

/** The profile, or all parts empty while none was entered. */
export async function readBusinessProfile(db: Database | Tx): Promise<BusinessProfile> {
  const row = await db.businessProfile.findUnique({ where: { id: 1 }, select });
  if (!row) return emptyBusinessProfile;
  const rates = storedVatRates.safeParse(row.vatRates);
  return {
    ...row,
    referenceType: row.referenceType === "SCOR" ? "SCOR" : "QRR",
    vatRates: rates.success ? rates.data : [],
  };
}
