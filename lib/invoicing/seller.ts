// The seller as frozen on an issued invoice: the profile of that moment, so a later move or a new
// bank account never changes a document already sent. Stored as JSON, versioned, parsed when read.
import { z } from "zod";

export const sellerSchema = z.object({
  version: z.literal(1),
  name: z.string(),
  person: z.string(),
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  city: z.string(),
  country: z.string(),
  email: z.string(),
  phone: z.string(),
  website: z.string(),
  uid: z.string(),
  vatRegistered: z.boolean(),
  iban: z.string(),
  bankName: z.string(),
  referenceType: z.enum(["QRR", "SCOR"]),
  reminderText: z.string(),
});

export type Seller = z.infer<typeof sellerSchema>;

export function parseSeller(stored: unknown): Seller {
  return sellerSchema.parse(stored);
}
